import { describe, expect, it } from 'vitest';
import { compareDecimalStrings, sortRecords, type SortDirection, type SortKey } from '../../../../shared/query/sort';
import { indexed, makeRecord, makeSummary } from '../../../support/record-factory';

const records = indexed([
  makeRecord({ applicationId: 'A10', fqdn: 'b.example.jp', status: 5, profileId: 11, certificate: makeSummary({ serialNumber: '900', notAfter: 3000 }) }),
  makeRecord({ applicationId: 'A9', fqdn: 'C.example.jp', status: -1, profileId: 3, certificate: makeSummary({ serialNumber: '10000000000000000000001', notAfter: 1000 }) }),
  makeRecord({ applicationId: 'A100', fqdn: 'a.example.jp', status: 7, profileId: null, certificate: makeSummary({ serialNumber: '85', notAfter: 2000 }) }),
  makeRecord({ applicationId: '', fqdn: '', status: null, profileId: 3, certificate: null, serialNumber: '' }),
]);

describe('sortRecords', () => {
  const cases: { name: string; input: [SortKey, SortDirection]; want: number[] }[] = [
    { name: 'sorts FQDNs case-insensitively', input: ['fqdn', 'asc'], want: [2, 0, 1, 3] },
    { name: 'sorts FQDNs descending with empty ones still last', input: ['fqdn', 'desc'], want: [1, 0, 2, 3] },
    { name: 'sorts by notAfter', input: ['notAfter', 'asc'], want: [1, 2, 0, 3] },
    { name: 'sorts serials numerically, not as text', input: ['serial', 'asc'], want: [2, 0, 1, 3] },
    { name: 'sorts serials numerically descending', input: ['serial', 'desc'], want: [1, 0, 2, 3] },
    { name: 'sorts application IDs numeric-aware', input: ['applicationId', 'asc'], want: [1, 0, 2, 3] },
    { name: 'sorts by status code', input: ['status', 'asc'], want: [1, 0, 2, 3] },
    { name: 'sorts by profile, ties in file order, empty last', input: ['profile', 'asc'], want: [1, 3, 0, 2] },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(sortRecords(records, ...input).map((r) => r.index)).toEqual(want));

  it('returns a new array and leaves the input alone', () => {
    const before = records.map((r) => r.index);
    const sorted = sortRecords(records, 'fqdn', 'asc');
    expect(sorted).not.toBe(records);
    expect(records.map((r) => r.index)).toEqual(before);
  });
});

describe('compareDecimalStrings', () => {
  const cases: { name: string; input: [string, string]; want: number }[] = [
    { name: 'a shorter number is smaller', input: ['99', '100'], want: -1 },
    { name: 'equal lengths compare digit by digit', input: ['4097000000000000001', '4097000000000000000'], want: 1 },
    { name: 'leading zeros do not count', input: ['007', '7'], want: 0 },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(Math.sign(compareDecimalStrings(...input))).toBe(want));
});
