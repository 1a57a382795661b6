import { describe, expect, it } from 'vitest';
import { checkRowFormat } from '../../../../shared/request/check-row-format';
import { emptyRequestRow, type RequestKind, type RequestRow } from '../../../../shared/request/request-format';

const CSR = 'MIIB'.padEnd(600, 'A');

/** A row of each kind that breaks no format rule. */
const GOOD: Readonly<Record<RequestKind, RequestRow>> = {
  issue: { ...emptyRequestRow(), subjectDn: 'CN=www.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP', profileId: '3', csr: CSR, adminName: '高橋 一郎', adminAffiliation: '情報基盤センター', adminMail: 'admin@example.ac.jp', fqdn: 'www.example.ac.jp', software: 'Apache 2.4', dnsNames: 'dNSName=www.example.ac.jp,dNSName=web.example.ac.jp' },
  renew: { ...emptyRequestRow(), subjectDn: 'CN=www.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP', profileId: '11', serial: '0x1A2b', csr: CSR, adminMail: 'admin@example.ac.jp', fqdn: 'www.example.ac.jp', software: 'nginx1.24' },
  revoke: { ...emptyRequestRow(), subjectDn: 'CN=www.example.ac.jp,OU=附属図書館,O=国立大学法人 サンプル大学,L=千代田区,ST=Tokyo,C=JP', serial: '123456789012345678901234567890', reason: '5' },
};

const codes = (row: RequestRow, kind: RequestKind) => checkRowFormat(row, kind).map((finding) => `${finding.severity}:${finding.code}${finding.field ? `@${finding.field}` : ''}`);

describe('checkRowFormat', () => {
  it.each(Object.keys(GOOD) as RequestKind[])('finds nothing in a good %s row', (kind) => {
    expect(codes(GOOD[kind], kind)).toEqual([]);
  });

  const cases: readonly (readonly [string, RequestKind, Partial<RequestRow>, string])[] = [
    ['a missing required column', 'issue', { adminMail: '' }, 'error:required-missing@adminMail'],
    ['a column the kind leaves empty', 'revoke', { csr: CSR }, 'error:must-be-empty@csr'],
    ['the ACME column filled', 'issue', { acmeAccount: 'x' }, 'error:must-be-empty@acmeAccount'],
    ['a serial on an issue', 'issue', { serial: '12' }, 'error:must-be-empty@serial'],
    ['a column over its length', 'issue', { adminName: 'あ'.repeat(65) }, 'error:field-too-long@adminName'],
    ['a CSR over 2048 characters', 'issue', { csr: 'A'.repeat(2049) }, 'error:field-too-long@csr'],
    ['a double quote', 'issue', { software: 'Apache "2.4"' }, 'error:forbidden-character@software'],
    ['a line break', 'revoke', { reasonComment: 'a\nb' }, 'error:forbidden-character@reasonComment'],
    ['a character outside Shift_JIS', 'issue', { adminName: '𠮷野 太郎' }, 'error:not-shift-jis@adminName'],
    ['a CP932 extension character', 'issue', { adminName: '髙橋' }, 'warning:cp932-extension@adminName'],
    ['full-width text in a half-width column', 'issue', { adminMail: 'ａｄｍｉｎ@example.ac.jp' }, 'error:not-half-width@adminMail'],
    ['a DN written C first', 'revoke', { subjectDn: 'C=JP,ST=Tokyo,L=千代田区,O=大学,CN=www.example.ac.jp' }, 'error:dn-order@subjectDn'],
    ['a DN with OU on an issue', 'issue', { subjectDn: 'CN=www.example.ac.jp,OU=Lab,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP' }, 'error:dn-shape@subjectDn'],
    ['a DN not ending in C', 'revoke', { subjectDn: 'CN=www.example.ac.jp,O=X' }, 'error:dn-shape@subjectDn'],
    ['a country other than JP', 'issue', { subjectDn: 'CN=www.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=US' }, 'error:dn-shape@subjectDn'],
    ['Japanese O on an issue', 'issue', { subjectDn: 'CN=www.example.ac.jp,O=サンプル大学,L=Chiyoda-ku,ST=Tokyo,C=JP' }, 'error:dn-characters@subjectDn'],
    ['a DN that is no DN', 'issue', { subjectDn: 'www.example.ac.jp' }, 'error:dn-shape@subjectDn'],
    ['CN and FQDN apart', 'issue', { fqdn: 'web.example.ac.jp', dnsNames: '' }, 'error:fqdn-cn-mismatch@fqdn'],
    ['profile 4', 'issue', { profileId: '4' }, 'error:profile-invalid@profileId'],
    ['a serial in Excel notation', 'renew', { serial: '1.23457E+37' }, 'error:serial-invalid@serial'],
    ['a serial with letters but no 0x', 'renew', { serial: '1A2B' }, 'error:serial-invalid@serial'],
    ['reason 2', 'revoke', { reason: '2' }, 'error:reason-invalid@reason'],
    ['reason 1', 'revoke', { reason: '1' }, 'warning:key-compromise@reason'],
    ['reason 0 without a comment', 'revoke', { reason: '0' }, 'warning:comment-recommended@reasonComment'],
    ['a mail address without @', 'issue', { adminMail: 'admin.example.ac.jp' }, 'error:mail-invalid@adminMail'],
    ['a wildcard FQDN', 'issue', { subjectDn: 'CN=*.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP', fqdn: '*.example.ac.jp', dnsNames: '' }, 'error:fqdn-invalid@fqdn'],
    ['an FQDN ending in a dot', 'issue', { subjectDn: 'CN=www.example.ac.jp.,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP', fqdn: 'www.example.ac.jp.', dnsNames: '' }, 'error:fqdn-invalid@fqdn'],
    ['a trailing comma in column 13', 'issue', { dnsNames: 'dNSName=www.example.ac.jp,' }, 'error:dns-names-format@dnsNames'],
    ['column 13 without dNSName=', 'issue', { dnsNames: 'www.example.ac.jp' }, 'error:dns-names-format@dnsNames'],
    ['nine names', 'issue', { dnsNames: Array.from({ length: 9 }, (_, i) => `dNSName=h${i}.example.ac.jp`).join(',') }, 'error:dns-names-too-many@dnsNames'],
    ['a name that is no host name', 'issue', { dnsNames: 'dNSName=-bad.example.ac.jp' }, 'error:dns-name-invalid@dnsNames'],
    ['a repeated name', 'issue', { dnsNames: 'dNSName=a.example.ac.jp,dNSName=A.example.ac.jp' }, 'warning:dns-name-duplicate@dnsNames'],
  ];

  it.each(cases)('finds %s', (_, kind, change, expected) => {
    expect(codes({ ...GOOD[kind], ...change }, kind)).toContain(expected);
  });

  it('counts the FQDN NII adds against column 13’s 250 characters', () => {
    const names = Array.from({ length: 8 }, (_, i) => `dNSName=h${i}-xxxx.example.ac.jp`).join(',');
    expect(names.length).toBeLessThanOrEqual(250);
    expect(codes({ ...GOOD.issue, dnsNames: names }, 'issue')).toContain('error:field-too-long@dnsNames');
    expect(codes({ ...GOOD.issue, dnsNames: `${names.split(',').slice(0, 7).join(',')},dNSName=www.example.ac.jp` }, 'issue')).not.toContain('error:field-too-long@dnsNames');
  });

  it('takes a revocation’s DN as issued, Japanese included, but not characters Shift_JIS cannot hold', () => {
    expect(codes(GOOD.revoke, 'revoke')).toEqual([]);
    expect(codes({ ...GOOD.revoke, subjectDn: 'CN=www.example.ac.jp,O=𠮷田大学,C=JP' }, 'revoke')).toContain('error:not-shift-jis@subjectDn');
  });
});
