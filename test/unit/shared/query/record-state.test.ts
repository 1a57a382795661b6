import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { classifyRecord, type RecordClassification } from '../../../../shared/query/record-state';
import { jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;
const validFor = (days: number) => makeSummary({ notBefore: now - 100 * DAY, notAfter: now + days * DAY });

describe('classifyRecord', () => {
  const cases: { name: string; input: CertificateRecord; want: RecordClassification }[] = [
    { name: 'a certificate with months left is valid', input: makeRecord({ certificate: validFor(200) }), want: { state: 'valid', daysLeft: 200 } },
    { name: 'a certificate with 30 days left is expiring', input: makeRecord({ certificate: validFor(30) }), want: { state: 'expiring', daysLeft: 30 } },
    { name: 'a certificate with 31 days left is still valid', input: makeRecord({ certificate: validFor(31) }), want: { state: 'valid', daysLeft: 31 } },
    { name: 'a certificate past notAfter is expired, with negative days', input: makeRecord({ certificate: validFor(-2) }), want: { state: 'expired', daysLeft: -2 } },
    {
      name: 'a certificate is still valid at exactly notAfter (RFC 5280 §4.1.2.5)',
      input: makeRecord({ certificate: makeSummary({ notBefore: now - DAY, notAfter: now }) }),
      want: { state: 'expiring', daysLeft: 0 },
    },
    {
      name: 'a certificate before notBefore is not yet valid',
      input: makeRecord({ certificate: makeSummary({ notBefore: now + DAY, notAfter: now + 400 * DAY }) }),
      want: { state: 'not-yet-valid', daysLeft: 400 },
    },
    { name: 'a revoked certificate is revoked although still in its period', input: makeRecord({ certificate: validFor(200), isRevoked: true, status: 7 }), want: { state: 'revoked', daysLeft: 200 } },
    { name: 'a negative status is an error whatever else the row says', input: makeRecord({ status: -2, certificate: null }), want: { state: 'error', daysLeft: null } },
    { name: 'a row still being issued is pending', input: makeRecord({ status: 0, certificate: null }), want: { state: 'pending', daysLeft: null } },
    { name: 'a row without a status and certificate is pending', input: makeRecord({ status: null, certificate: null }), want: { state: 'pending', daysLeft: null } },
    { name: 'an issued row whose certificate is missing has no certificate', input: makeRecord({ status: 5, certificate: null }), want: { state: 'no-certificate', daysLeft: null } },
    {
      name: 'a row without a certificate cell but with TSV serial and dates is classified by the TSV dates',
      input: makeRecord({ certificate: null, serialNumber: '77', tsvNotBefore: now - DAY, tsvNotAfter: now + 10 * DAY }),
      want: { state: 'expiring', daysLeft: 10 },
    },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(classifyRecord(input, now)).toEqual(want));

  it('takes the expiring window as a parameter', () => {
    expect(classifyRecord(makeRecord({ certificate: validFor(45) }), now, 60).state).toBe('expiring');
    expect(classifyRecord(makeRecord({ certificate: validFor(45) }), now, 7).state).toBe('valid');
  });
});
