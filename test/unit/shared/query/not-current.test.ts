import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { findCurrentCertificates } from '../../../../shared/query/current';
import { checkCurrent, isRefusedWithoutForce, notCurrentReasonText, type NotCurrentReason } from '../../../../shared/query/not-current';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;

/** A certificate row for `host` issued `ageDays` ago with `lifeDays` of total validity. */
function cert(host: string, serial: string, ageDays: number, lifeDays: number, extra: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeRecord({
    fqdn: host,
    applicationId: `A-${serial}`,
    certificate: makeSummary({ commonName: host, dnsNames: [host], serialNumber: serial, notBefore: now - ageDays * DAY, notAfter: now + (lifeDays - ageDays) * DAY }),
    ...extra,
  });
}

const revocation = (completedAt: number | null, requestedAt: number | null) => ({
  applicationId: 'R1',
  requestedAt,
  completedAt,
  reasonCode: 4,
  reasonLabel: null,
  reasonComment: '',
});

describe('checkCurrent', () => {
  const cases: { name: string; input: { records: CertificateRecord[]; index: number }; want: { kinds: NotCurrentReason['kind'][]; offered: string | null } }[] = [
    {
      name: 'the newest valid certificate has no reasons and nothing is offered instead',
      input: { records: [cert('www.example.ac.jp', '100', 400, 397), cert('www.example.ac.jp', '200', 30, 397, { previousSerial: '100' })], index: 1 },
      want: { kinds: [], offered: null },
    },
    {
      name: 'an expired certificate that a renewal replaced: expired and replaced, the renewal offered',
      input: { records: [cert('www.example.ac.jp', '100', 400, 397), cert('www.example.ac.jp', '200', 30, 397, { previousSerial: '100' })], index: 0 },
      want: { kinds: ['expired', 'replaced'], offered: '200' },
    },
    {
      name: 'a still-valid certificate with a newer one for the same FQDN (no renewal link) is replaced',
      input: { records: [cert('www.example.ac.jp', '100', 300, 397), cert('www.example.ac.jp', '200', 20, 397)], index: 0 },
      want: { kinds: ['replaced'], offered: '200' },
    },
    {
      name: 'the newest certificate, expired with no successor (a broken server), is expired and has nothing to offer',
      input: { records: [cert('www.example.ac.jp', '100', 500, 397)], index: 0 },
      want: { kinds: ['expired'], offered: null },
    },
    {
      name: 'a revoked certificate says revoked before expired',
      input: { records: [cert('www.example.ac.jp', '100', 500, 397, { isRevoked: true, status: 7, revocation: revocation(now - 200 * DAY, now - 201 * DAY) })], index: 0 },
      want: { kinds: ['revoked', 'expired'], offered: null },
    },
    {
      name: 'a row in 状態 2 is a revocation in progress',
      input: { records: [cert('www.example.ac.jp', '100', 10, 397, { status: 2, revocation: revocation(null, now - DAY) })], index: 0 },
      want: { kinds: ['revocation-in-progress'], offered: null },
    },
    {
      name: 'a certificate not yet valid says so',
      input: { records: [cert('www.example.ac.jp', '100', -3, 397)], index: 0 },
      want: { kinds: ['not-yet-valid'], offered: null },
    },
    {
      name: 'a newer revoked certificate does not replace a valid one: the valid one is current',
      input: { records: [cert('www.example.ac.jp', '100', 300, 397), cert('www.example.ac.jp', '200', 20, 397, { isRevoked: true, status: 7 })], index: 0 },
      want: { kinds: [], offered: null },
    },
    {
      name: 'the revoked newer certificate is revoked and replaced by nothing newer: the valid older one is offered',
      input: { records: [cert('www.example.ac.jp', '100', 300, 397), cert('www.example.ac.jp', '200', 20, 397, { isRevoked: true, status: 7 })], index: 1 },
      want: { kinds: ['revoked'], offered: '100' },
    },
    {
      name: 'a renewal under another FQDN replaces the old certificate and is offered',
      input: { records: [cert('old.example.ac.jp', '100', 300, 397), cert('new.example.ac.jp', '200', 20, 397, { previousSerial: '100' })], index: 0 },
      want: { kinds: ['replaced'], offered: '200' },
    },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const records = indexed(input.records);
      const check = checkCurrent(records, findCurrentCertificates(records, now), input.index, now);
      expect(check.reasons.map((reason) => reason.kind)).toEqual(want.kinds);
      expect(check.current === null ? null : records[check.current.index]!.certificate!.serialNumber).toBe(want.offered);
    });
  }

  it('names the replacing certificate by serial, application ID, line and issue date', () => {
    const records = indexed([cert('www.example.ac.jp', '100', 400, 397), cert('www.example.ac.jp', '200', 30, 397, { previousSerial: '100', line: 3 })]);
    const replaced = checkCurrent(records, findCurrentCertificates(records, now), 0, now).reasons.find((reason) => reason.kind === 'replaced')!;
    expect(notCurrentReasonText(replaced)).toEqual({
      ja: 'この証明書は、2025/05/02 12:00 (JST) 発行の新しい証明書（シリアル番号 200、申請ID A-200、3 行目）に置き換えられています。',
      en: 'This certificate was replaced by a newer one issued 2025/05/02 12:00 (JST) (serial 200, application ID A-200, line 3).',
    });
  });

  it('says when an expired certificate ended', () => {
    expect(notCurrentReasonText({ kind: 'expired', notAfter: jst('2024-10-31T23:59') }).ja).toBe('この証明書は 2024/10/31 23:59 (JST) に有効期限が切れています。');
  });
});

describe('isRefusedWithoutForce', () => {
  const cases: { name: string; input: NotCurrentReason[]; want: boolean }[] = [
    { name: 'refuses a revoked certificate', input: [{ kind: 'revoked', revokedAt: null }], want: true },
    { name: 'refuses a certificate being revoked', input: [{ kind: 'revocation-in-progress', requestedAt: null }], want: true },
    { name: 'only warns about an expired certificate', input: [{ kind: 'expired', notAfter: now - DAY }], want: false },
    { name: 'allows a current certificate', input: [], want: false },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(isRefusedWithoutForce(input)).toBe(want));
});
