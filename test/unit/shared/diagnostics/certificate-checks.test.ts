import { beforeAll, describe, expect, it } from 'vitest';
import { diagnoseCertificate } from '../../../../shared/diagnostics/diagnose';
import { tsvRevocationFindings } from '../../../../shared/diagnostics/revocation';
import { strengthFindings } from '../../../../shared/diagnostics/strength';
import { tsvMismatchFindings } from '../../../../shared/diagnostics/tsv-consistency';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import { describeCertificate, type CertificateDetails } from '../../../../shared/pki/certificate/certificate-details';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';
import { CLIENT_AUTH, issue, makeChain, SERVER_AUTH, type IssueOptions } from './make-pki';
import { makeRecord } from './make-record';

const NOW = Date.UTC(2026, 0, 15);

async function certificate(options: Partial<IssueOptions> = {}): Promise<{ summary: CertificateSummary; details: CertificateDetails; der: Uint8Array }> {
  const issued = await issue({ subject: 'CN=www.example.ac.jp, O=Example University, C=JP', dnsNames: ['www.example.ac.jp'], ...options });
  const summary = await summarizeCertificate(issued.der);
  const details = await describeCertificate(issued.der);
  if (!summary.ok || !details.ok) throw new Error('test certificate did not decode');
  return { summary: summary.value, details: details.value, der: issued.der };
}

describe('strengthFindings', () => {
  const cases: { name: string; input: Partial<IssueOptions>; want: string[] }[] = [
    { name: 'accepts RSA 2048 with SHA-256 and serverAuth', input: { eku: [SERVER_AUTH, CLIENT_AUTH] }, want: [] },
    { name: 'accepts ECDSA P-256 without any EKU', input: { kind: 'ec-p256' }, want: [] },
    { name: 'reports a SHA-1 signature', input: { hash: 'SHA-1' }, want: ['sha1-signature'] },
    { name: 'reports an RSA 1024 key as weak', input: { kind: 'rsa1024' }, want: ['weak-key'] },
    { name: 'reports an EKU without serverAuth (a client certificate)', input: { eku: [CLIENT_AUTH] }, want: ['no-server-auth'] },
    { name: 'reports all three at once', input: { kind: 'rsa1024', hash: 'SHA-1', eku: [CLIENT_AUTH] }, want: ['sha1-signature', 'weak-key', 'no-server-auth'] },
  ];
  for (const { name, input, want } of cases) {
    it(name, async () => {
      const { summary, details } = await certificate(input);
      const findings = strengthFindings(summary, details);
      expect(findings.map((f) => f.code)).toEqual(want);
      for (const finding of findings) {
        expect(finding.severity).toBe('error');
        expect(finding.advice?.ja).toBeTruthy();
      }
    });
  }

  it('judges the key size even without details', async () => {
    const { summary } = await certificate({ kind: 'rsa1024' });
    expect(strengthFindings(summary).map((f) => f.code)).toEqual(['weak-key']);
  });
});

describe('tsvMismatchFindings', () => {
  let cert: Awaited<ReturnType<typeof certificate>>;
  beforeAll(async () => {
    cert = await certificate();
  });
  // 00:00 JST of the JST date of an instant: what a date-only TSV cell reads as.
  const jstMidnight = (ms: number) => ms - ((ms + 9 * 3_600_000) % 86_400_000);
  const colon = (hex: string) => hex.toUpperCase().replace(/(..)(?!$)/g, '$1:');
  const cases: { name: string; fields: () => Parameters<typeof makeRecord>[1]; withDetails?: boolean; want: string[] }[] = [
    { name: 'agrees when every column matches', fields: () => ({}), want: ['tsv-consistent'] },
    { name: 'accepts a SHA-256 fingerprint with colons in upper case', fields: () => ({ fingerprint: colon(cert.summary.sha256) }), want: ['tsv-consistent'] },
    { name: 'accepts a SHA-1 fingerprint without colons', fields: () => ({ fingerprint: cert.details.fingerprints.sha1 }), withDetails: true, want: ['tsv-consistent'] },
    { name: 'accepts a serial with leading zeros', fields: () => ({ serialNumber: '00' + cert.summary.serialNumber }), want: ['tsv-consistent'] },
    { name: 'accepts a time one second off', fields: () => ({ tsvNotAfter: cert.summary.notAfter - 1000 }), want: ['tsv-consistent'] },
    { name: 'accepts a TSV time without seconds', fields: () => ({ tsvNotBefore: cert.summary.notBefore - (cert.summary.notBefore % 60000) }), want: ['tsv-consistent'] },
    {
      name: 'accepts date-only validity columns (00:00 JST of the same JST dates) at date precision',
      fields: () => ({ tsvNotBefore: jstMidnight(cert.summary.notBefore), tsvNotAfter: jstMidnight(cert.summary.notAfter) }),
      want: ['tsv-consistent'],
    },
    { name: 'reports a date-only notAfter of another JST date', fields: () => ({ tsvNotAfter: jstMidnight(cert.summary.notAfter) + 86_400_000 }), want: ['tsv-mismatch'] },
    { name: 'reports another serial', fields: () => ({ serialNumber: '12345' }), want: ['tsv-mismatch'] },
    { name: 'reports another SHA-256 fingerprint', fields: () => ({ fingerprint: 'ab'.repeat(32) }), want: ['tsv-mismatch'] },
    { name: 'reports another SHA-1 fingerprint', fields: () => ({ fingerprint: 'AB:'.repeat(19) + 'AB' }), withDetails: true, want: ['tsv-mismatch'] },
    { name: 'reports a fingerprint of neither length', fields: () => ({ fingerprint: 'abcd' }), want: ['tsv-mismatch'] },
    { name: 'reports a notAfter two seconds off', fields: () => ({ tsvNotAfter: cert.summary.notAfter + 2000 }), want: ['tsv-mismatch'] },
    { name: 'reports a notBefore a day off', fields: () => ({ tsvNotBefore: cert.summary.notBefore - 86_400_000 }), want: ['tsv-mismatch'] },
    { name: 'reports every disagreeing field', fields: () => ({ serialNumber: '1', tsvNotBefore: 0, tsvNotAfter: 0 }), want: ['tsv-mismatch', 'tsv-mismatch', 'tsv-mismatch'] },
    { name: 'says nothing when the row has nothing to compare', fields: () => ({ serialNumber: '', tsvNotBefore: null, tsvNotAfter: null }), want: [] },
  ];
  for (const { name, fields, withDetails, want } of cases) {
    it(name, () => {
      const findings = tsvMismatchFindings(makeRecord(cert.summary, fields()), cert.summary, withDetails ? cert.details : undefined);
      expect(findings.map((f) => f.code)).toEqual(want);
    });
  }

  it("takes Excel's rounding of the certificate's own serial as no disagreement, and a rounding of another serial as one", () => {
    const summary = { ...cert.summary, serialNumber: '6859294012345678901' };
    const only = (serialNumber: string) => tsvMismatchFindings(makeRecord(summary, { serialNumber, fingerprint: '', tsvNotBefore: null, tsvNotAfter: null }), summary).map((f) => f.code);
    expect(only('6.85929E+18')).toEqual([]);
    expect(only('6.85928E+18')).toEqual(['tsv-mismatch']);
  });

  it('skips a SHA-1 fingerprint when no details are given', () => {
    const findings = tsvMismatchFindings(makeRecord(cert.summary, { fingerprint: 'ab'.repeat(20), serialNumber: '', tsvNotBefore: null, tsvNotAfter: null }), cert.summary);
    expect(findings).toEqual([]);
  });
});

describe('tsvRevocationFindings', () => {
  const revocation = { applicationId: 'R1', requestedAt: Date.UTC(2025, 5, 1, 1), completedAt: Date.UTC(2025, 5, 1, 3), reasonCode: 4, reasonLabel: { ja: '証明書の更新', en: 'superseded' }, reasonComment: 'server replaced' };
  const cases = [
    { name: 'reports a completed revocation with date, reason and comment', fields: { isRevoked: true, status: 7, revocation }, want: ['revoked'], text: /2025\/06\/01 12:00:00.*superseded.*server replaced/ },
    { name: 'reports a revocation from the status alone', fields: { isRevoked: true, status: 7, revocation: null }, want: ['revoked'], text: /revoked/ },
    { name: 'warns about a pending revocation', fields: { isRevoked: false, status: 2, revocation: { ...revocation, completedAt: null } }, want: ['revocation-pending'], text: /2025\/06\/01 10:00:00/ },
    { name: 'says nothing about a certificate without revocation', fields: {}, want: [] as string[], text: null },
  ];
  for (const { name, fields, want, text } of cases) {
    it(name, () => {
      const findings = tsvRevocationFindings(makeRecord(null, fields));
      expect(findings.map((f) => f.code)).toEqual(want);
      if (text) expect(findings[0]?.message.en).toMatch(text);
    });
  }
});

describe('diagnoseCertificate', () => {
  it('lists errors first and matches the TSV FQDN by default', async () => {
    const { summary, details } = await certificate({ kind: 'rsa1024', notAfter: new Date(Date.UTC(2026, 0, 20)) });
    const findings = diagnoseCertificate({ summary, details, record: makeRecord(summary, { fqdn: 'other.example.ac.jp' }), now: NOW });
    expect(findings.map((f) => f.code)).toEqual(['weak-key', 'name-mismatch', 'expires-soon', 'tsv-consistent']);
  });

  it('uses the given host and a custom warning window', async () => {
    const { leaf } = await makeChain('ec-p256', { dnsNames: ['*.example.ac.jp'] });
    const summary = await summarizeCertificate(leaf.der);
    if (!summary.ok) throw new Error('no summary');
    const findings = diagnoseCertificate({ summary: summary.value, host: 'mail.example.ac.jp', now: NOW, expiresSoonDays: 400 });
    expect(findings.map((f) => f.code)).toEqual(['expires-soon', 'name-match']);
  });
});
