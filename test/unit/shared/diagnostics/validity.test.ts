import { describe, expect, it } from 'vitest';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import { validityFindings } from '../../../../shared/diagnostics/validity';

const DAY = 86_400_000;
const NOT_BEFORE = Date.UTC(2025, 0, 1, 0, 0, 0);
const NOT_AFTER = Date.UTC(2026, 0, 1, 0, 0, 0);

const summary: CertificateSummary = {
  subjectDn: 'CN=www.example.ac.jp, O=Example University, C=JP',
  issuerDn: 'CN=NII Open Domain CA - G7 RSA, O=SECOM Trust Systems CO.,LTD., C=JP',
  commonName: 'www.example.ac.jp',
  dnsNames: ['www.example.ac.jp'],
  ipAddresses: [],
  emailAddresses: [],
  serialNumber: '1',
  serialHex: '01',
  notBefore: NOT_BEFORE,
  notAfter: NOT_AFTER,
  keyAlgorithm: 'RSA',
  keySize: 2048,
  curve: null,
  sha256: '00'.repeat(32),
  isCa: false,
};

describe('validityFindings', () => {
  const table: { name: string; input: { now: number; expiresSoonDays?: number }; want: { code: string; severity: string; text?: RegExp } }[] = [
    { name: 'reports expired one second after notAfter', input: { now: NOT_AFTER + 1000 }, want: { code: 'expired', severity: 'error', text: /2026\/01\/01 09:00:00/ } },
    { name: 'counts the days since expiry', input: { now: NOT_AFTER + 10 * DAY + 5 }, want: { code: 'expired', severity: 'error', text: /10 day/ } },
    { name: 'reports not-yet-valid one second before notBefore', input: { now: NOT_BEFORE - 1000 }, want: { code: 'not-yet-valid', severity: 'error', text: /2025\/01\/01 09:00:00/ } },
    { name: 'treats exactly notBefore as valid (inclusive, RFC 5280)', input: { now: NOT_BEFORE }, want: { code: 'valid', severity: 'ok' } },
    { name: 'treats exactly notAfter as still valid but expiring', input: { now: NOT_AFTER }, want: { code: 'expires-soon', severity: 'warning', text: /0 day/ } },
    { name: 'warns 29 days before expiry with the default 30-day window', input: { now: NOT_AFTER - 29 * DAY - 1 }, want: { code: 'expires-soon', severity: 'warning', text: /29 day/ } },
    { name: 'warns exactly 30 days before expiry', input: { now: NOT_AFTER - 30 * DAY }, want: { code: 'expires-soon', severity: 'warning', text: /30 day/ } },
    { name: 'does not warn 31 days before expiry', input: { now: NOT_AFTER - 31 * DAY }, want: { code: 'valid', severity: 'ok', text: /31 day/ } },
    { name: 'honours a wider configured window', input: { now: NOT_AFTER - 60 * DAY, expiresSoonDays: 90 }, want: { code: 'expires-soon', severity: 'warning', text: /60 day/ } },
    { name: 'honours a zero-day window', input: { now: NOT_AFTER - DAY, expiresSoonDays: 0 }, want: { code: 'valid', severity: 'ok' } },
  ];
  for (const { name, input, want } of table) {
    it(name, () => {
      const findings = validityFindings(summary, input);
      expect(findings).toHaveLength(1);
      const [finding] = findings;
      expect(finding?.code).toBe(want.code);
      expect(finding?.severity).toBe(want.severity);
      expect(finding?.message.ja.length).toBeGreaterThan(0);
      if (want.text) expect(finding?.message.en).toMatch(want.text);
      if (want.severity !== 'ok') {
        expect(finding?.advice?.ja.length).toBeGreaterThan(0);
        expect(finding?.advice?.en.length).toBeGreaterThan(0);
      }
    });
  }

  it('gives the renew-before date in the advice of expires-soon', () => {
    const [finding] = validityFindings(summary, { now: NOT_AFTER - 3 * DAY });
    expect(finding?.advice?.ja).toContain('2026/01/01');
    expect(finding?.advice?.en).toContain('2026/01/01');
  });
});
