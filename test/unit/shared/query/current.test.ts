import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { findCurrentCertificates, pickCurrentForFqdn, type CurrentRole } from '../../../../shared/query/current';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;

/** A certificate row for `host` issued `ageDays` ago with `lifeDays` of total validity. */
function cert(host: string, serial: string, ageDays: number, lifeDays: number, extra: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeRecord({
    fqdn: host,
    certificate: makeSummary({ commonName: host, dnsNames: [host], serialNumber: serial, notBefore: now - ageDays * DAY, notAfter: now + (lifeDays - ageDays) * DAY }),
    ...extra,
  });
}

describe('findCurrentCertificates', () => {
  const cases: { name: string; input: CertificateRecord[]; want: { roles: CurrentRole[]; links?: [number | null, number | null][]; newest?: boolean[] } }[] = [
    {
      name: 'a renewal chain: the renewal is current and names its predecessor, which is replaced',
      input: [cert('www.example.jp', '100', 400, 397), cert('www.example.jp', '200', 30, 397, { previousSerial: '100' })],
      want: { roles: ['replaced', 'current'], links: [[null, 1], [0, null]] },
    },
    {
      name: 'a renewal whose 旧証明書シリアル番号 Excel turned into 6.85929E+18 is relinked by the rounded serial and the subject DN',
      input: [cert('www.example.jp', '6859294012345678901', 400, 397), cert('www.example.jp', '7123456789012345678', 30, 397, { previousSerial: '6.85929E+18' })],
      want: { roles: ['replaced', 'current'], links: [[null, 1], [0, null]] },
    },
    {
      name: 'an Excel-mangled serial that two certificates of the DN could have come from links neither (never a guess)',
      input: [
        cert('www.example.jp', '6859291111111111111', 500, 397),
        cert('www.example.jp', '6859294012345678901', 400, 397),
        cert('www.example.jp', '7123456789012345678', 30, 397, { previousSerial: '6.85929E+18' }),
      ],
      want: { roles: ['replaced', 'replaced', 'current'], links: [[null, null], [null, null], [null, null]] },
    },
    {
      name: 'a three-step chain links each step to the next',
      input: [
        cert('www.example.jp', '1', 900, 397),
        cert('www.example.jp', '2', 500, 397, { previousSerial: '1' }),
        cert('www.example.jp', '3', 100, 397, { previousSerial: '2' }),
      ],
      want: { roles: ['replaced', 'replaced', 'current'], links: [[null, 1], [0, 2], [1, null]] },
    },
    {
      name: 'when the newest certificate is revoked, the older valid one stays current',
      input: [cert('www.example.jp', '100', 200, 397), cert('www.example.jp', '200', 10, 397, { isRevoked: true, status: 7 })],
      want: { roles: ['current', 'revoked'], newest: [true, false] },
    },
    {
      name: 'a host whose only certificate is revoked keeps it as its current certificate, shown revoked',
      input: [cert('old.example.jp', '100', 200, 397, { isRevoked: true, status: 7 })],
      want: { roles: ['revoked'], newest: [true] },
    },
    {
      name: 'a valid renewal predecessor is still replaced by its successor',
      input: [cert('old.example.jp', '100', 100, 397), cert('new.example.jp', '200', 10, 397, { previousSerial: '100' })],
      want: { roles: ['replaced', 'current'], links: [[null, 1], [0, null]] },
    },
    {
      name: 'with only expired certificates the newest is still the current one (a broken server), shown as expired',
      input: [cert('www.example.jp', '100', 900, 397), cert('www.example.jp', '200', 500, 397)],
      want: { roles: ['replaced', 'expired'], newest: [false, true] },
    },
    {
      name: 'an older valid certificate without a link is replaced by the newer valid one for the same FQDN',
      input: [cert('www.example.jp', '100', 300, 397), cert('WWW.Example.JP', '200', 20, 397)],
      want: { roles: ['replaced', 'current'] },
    },
    {
      name: 'a certificate whose renewal was revoked stays current',
      input: [cert('www.example.jp', '100', 100, 397), cert('www.example.jp', '200', 10, 397, { previousSerial: '100', isRevoked: true })],
      want: { roles: ['current', 'revoked'], links: [[null, 1], [0, null]], newest: [true, false] },
    },
    {
      name: 'a certificate being revoked (状態 2) is never 現行: the older valid one stays current',
      input: [cert('www.example.jp', '100', 300, 397), cert('www.example.jp', '200', 10, 397, { status: 2 })],
      want: { roles: ['current', 'replaced'], newest: [true, false] },
    },
    {
      name: 'a host whose only certificate is being revoked (状態 2) keeps it as current, but not shown 現行',
      input: [cert('www.example.jp', '100', 10, 397, { status: 2 })],
      want: { roles: [null], newest: [true] },
    },
    {
      name: 'a newest certificate not yet valid is current but not shown as 現行',
      input: [cert('www.example.jp', '100', 300, 397), cert('www.example.jp', '200', -2, 397)],
      want: { roles: ['replaced', null], newest: [false, true] },
    },
    {
      name: 'certificates for different FQDNs are each current',
      input: [cert('a.example.jp', '1', 10, 397), cert('b.example.jp', '2', 10, 397)],
      want: { roles: ['current', 'current'] },
    },
    {
      name: 'rows without a certificate get no role',
      input: [makeRecord({ certificate: null, status: 0 }), cert('www.example.jp', '5', 10, 397)],
      want: { roles: [null, 'current'] },
    },
    {
      name: 'the CN groups the row when the TSV FQDN is empty',
      input: [cert('www.example.jp', '1', 300, 397, { fqdn: '' }), cert('www.example.jp', '2', 20, 397)],
      want: { roles: ['replaced', 'current'] },
    },
    {
      name: 'rows with neither FQDN nor CN do not compete with each other',
      input: [
        makeRecord({ fqdn: '', certificate: makeSummary({ commonName: null, serialNumber: '1', notBefore: now - DAY, notAfter: now + 300 * DAY }) }),
        makeRecord({ fqdn: '', certificate: makeSummary({ commonName: null, serialNumber: '2', notBefore: now - DAY, notAfter: now + 300 * DAY }) }),
      ],
      want: { roles: ['current', 'current'] },
    },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const map = findCurrentCertificates(indexed(input), now);
      expect(map.byRecord.map((info) => info.role)).toEqual(want.roles);
      if (want.links) expect(map.byRecord.map((info) => [info.predecessor, info.successor])).toEqual(want.links);
      if (want.newest) expect(map.byRecord.map((info) => info.isNewest)).toEqual(want.newest);
    });
  }

  it('maps each lower-cased FQDN to its current record', () => {
    const map = findCurrentCertificates(indexed([cert('WWW.example.jp', '1', 300, 397), cert('www.example.jp', '2', 20, 397)]), now);
    expect(map.currentByFqdn.get('www.example.jp')).toBe(1);
  });
});

describe('pickCurrentForFqdn', () => {
  const cases: { name: string; input: { records: CertificateRecord[]; fqdn: string }; want: string | null }[] = [
    {
      name: 'picks the newest valid certificate',
      input: { records: [cert('www.example.jp', 'old', 300, 397), cert('www.example.jp', 'new', 20, 397)], fqdn: 'www.example.jp' },
      want: 'new',
    },
    {
      name: 'never picks a revoked certificate, even the newest',
      input: { records: [cert('www.example.jp', 'old', 300, 397), cert('www.example.jp', 'new', 20, 397, { isRevoked: true })], fqdn: 'www.example.jp' },
      want: 'old',
    },
    {
      name: 'never picks a certificate whose revocation is in progress (状態 2)',
      input: { records: [cert('www.example.jp', 'old', 300, 397), cert('www.example.jp', 'new', 20, 397, { status: 2 })], fqdn: 'www.example.jp' },
      want: 'old',
    },
    {
      name: 'prefers a valid certificate over a newer expired one',
      input: {
        records: [cert('www.example.jp', 'valid', 300, 397), makeRecord({ fqdn: 'www.example.jp', certificate: makeSummary({ serialNumber: 'expired', notBefore: now - 10 * DAY, notAfter: now - DAY }) })],
        fqdn: 'www.example.jp',
      },
      want: 'valid',
    },
    {
      name: 'falls back to the newest expired certificate when nothing is valid',
      input: { records: [cert('www.example.jp', 'older', 900, 397), cert('www.example.jp', 'newer', 500, 397)], fqdn: 'www.example.jp' },
      want: 'newer',
    },
    {
      name: 'matches by SAN dNSName, case-insensitively',
      input: { records: [makeRecord({ fqdn: 'main.example.jp', certificate: makeSummary({ serialNumber: 'san', dnsNames: ['main.example.jp', 'Alias.Example.JP'] }) })], fqdn: 'alias.example.jp' },
      want: 'san',
    },
    {
      name: 'matches by CN when the TSV FQDN differs',
      input: { records: [makeRecord({ fqdn: 'x.example.jp', certificate: makeSummary({ serialNumber: 'cn', commonName: 'cn.example.jp', dnsNames: [] }) })], fqdn: 'cn.example.jp' },
      want: 'cn',
    },
    {
      name: 'matches by the TSV FQDN column',
      input: { records: [makeRecord({ fqdn: 'tsv.example.jp', certificate: makeSummary({ serialNumber: 'tsv', commonName: 'other.example.jp', dnsNames: [] }) })], fqdn: 'TSV.example.jp.' },
      want: 'tsv',
    },
    { name: 'does not match a substring of a name', input: { records: [cert('www.example.jp', '1', 10, 397)], fqdn: 'example.jp' }, want: null },
    { name: 'does not match through a wildcard (exact names only)', input: { records: [cert('*.example.jp', '1', 10, 397)], fqdn: 'www.example.jp' }, want: null },
    { name: 'ignores rows without a certificate', input: { records: [makeRecord({ fqdn: 'www.example.jp', certificate: null })], fqdn: 'www.example.jp' }, want: null },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => expect(pickCurrentForFqdn(indexed(input.records), input.fqdn, now)?.certificate?.serialNumber ?? null).toBe(want));
  }
});
