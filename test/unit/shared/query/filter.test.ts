import { describe, expect, it } from 'vitest';
import { filterRecords, statusFiltersOf, type FilterOptions } from '../../../../shared/query/filter';
import type { SearchHit } from '../../../../shared/query/search';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;
const summary = (serial: string, ageDays: number, leftDays: number) =>
  makeSummary({ serialNumber: serial, notBefore: now - ageDays * DAY, notAfter: now + leftDays * DAY });

// 0 valid · 1 expiring · 2 expired · 3 revoked · 4 pending · 5 error · 6 replaced by 7 (current)
const records = indexed([
  makeRecord({ fqdn: 'valid.example.jp', certificate: summary('10', 10, 300) }),
  makeRecord({ fqdn: 'soon.example.jp', certificate: summary('11', 300, 5) }),
  makeRecord({ fqdn: 'gone.example.jp', certificate: summary('12', 400, -3) }),
  makeRecord({ fqdn: 'revoked.example.jp', certificate: summary('13', 10, 300), isRevoked: true, status: 7 }),
  makeRecord({ fqdn: 'wait.example.jp', certificate: null, status: 0 }),
  makeRecord({ fqdn: 'broken.example.jp', certificate: null, status: -1 }),
  makeRecord({ fqdn: 'www.example.jp', certificate: summary('20', 200, 197) }),
  makeRecord({ fqdn: 'www.example.jp', certificate: summary('21', 5, 392), previousSerial: '20' }),
]);
const allHits: SearchHit[] = records.map((record) => ({ index: record.index, matches: [] }));
const indexesAfter = (options: FilterOptions, hits: SearchHit[] = allHits) => filterRecords(records, hits, options).map((hit) => hit.index);

describe('filterRecords', () => {
  const cases: { name: string; input: Omit<FilterOptions, 'now'>; want: number[] }[] = [
    { name: 'no options keep every hit', input: {}, want: [0, 1, 2, 3, 4, 5, 6, 7] },
    { name: "'valid' keeps usable certificates, expiring ones included", input: { statuses: ['valid'] }, want: [0, 1, 6, 7] },
    { name: "'expiring' keeps only those inside the window", input: { statuses: ['expiring'] }, want: [1] },
    { name: 'the expiring window is configurable', input: { statuses: ['expiring'], expiringWithinDays: 200 }, want: [1, 6] },
    { name: "'expired' keeps expired certificates", input: { statuses: ['expired'] }, want: [2] },
    { name: "'revoked' keeps revoked certificates", input: { statuses: ['revoked'] }, want: [3] },
    { name: "'pending' keeps rows without a certificate yet", input: { statuses: ['pending'] }, want: [4] },
    { name: "'error' keeps rows with a negative status", input: { statuses: ['error'] }, want: [5] },
    { name: 'several statuses combine with OR', input: { statuses: ['expired', 'error'] }, want: [2, 5] },
    { name: 'currentOnly keeps the newest certificate per FQDN whatever its state, so expired and revoked servers stay listed', input: { currentOnly: true }, want: [0, 1, 2, 3, 7] },
    { name: 'currentOnly with the expired status lists the servers that are broken now', input: { currentOnly: true, statuses: ['expiring', 'expired'] }, want: [1, 2] },
    { name: 'hideExpired drops expired certificates', input: { hideExpired: true }, want: [0, 1, 3, 4, 5, 6, 7] },
    { name: 'hideRevokedOrReplaced drops revoked and renewed certificates', input: { hideRevokedOrReplaced: true }, want: [0, 1, 2, 4, 5, 7] },
    { name: 'replacedNotRevoked keeps the renewed certificate still usable and not revoked', input: { replacedNotRevoked: true }, want: [6] },
    { name: 'expiresBetween keeps certificates whose notAfter lies in the range, ends included', input: { expiresBetween: { from: now + 5 * DAY, to: now + 300 * DAY } }, want: [0, 1, 3, 6] },
    { name: 'expiresBetween with an open end', input: { expiresBetween: { from: now + 301 * DAY, to: null } }, want: [7] },
    { name: 'issuer keeps certificates under the intermediate typed, case and width folded', input: { issuer: 'ｇ７ rsa' }, want: [0, 1, 2, 3, 6, 7] },
    { name: 'an issuer no certificate has keeps nothing', input: { issuer: 'G8 ECC' }, want: [] },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(indexesAfter({ ...input, now })).toEqual(want));

  it('replacedNotRevoked also keeps a row NII marks 状態 8 (新証明書への置き換え待ち), and never an expired or revoked old one', () => {
    const old = indexed([
      makeRecord({ fqdn: 'mail.example.jp', status: 8, certificate: summary('30', 300, 60) }),
      makeRecord({ fqdn: 'ftp.example.jp', certificate: summary('40', 400, -10) }),
      makeRecord({ fqdn: 'ftp.example.jp', certificate: summary('41', 10, 380), previousSerial: '40' }),
      makeRecord({ fqdn: 'vpn.example.jp', certificate: summary('50', 300, 60), isRevoked: true, status: 7 }),
      makeRecord({ fqdn: 'vpn.example.jp', certificate: summary('51', 10, 380), previousSerial: '50' }),
    ]);
    const hits = old.map((record) => ({ index: record.index, matches: [] }));
    expect(filterRecords(old, hits, { now, replacedNotRevoked: true }).map((hit) => hit.index)).toEqual([0]);
  });

  it('keeps the order and the ranges of the hits it is given', () => {
    const hits: SearchHit[] = [
      { index: 7, matches: [{ field: 'fqdn', item: 0, start: 0, end: 3 }] },
      { index: 0, matches: [] },
      { index: 2, matches: [] },
    ];
    const kept = filterRecords(records, hits, { now, hideExpired: true });
    expect(kept).toEqual([hits[0], hits[1]]);
  });
});

describe('statusFiltersOf', () => {
  it('puts expiring under both valid and expiring, and nothing-usable-yet states under pending', () => {
    expect(statusFiltersOf('expiring')).toEqual(['valid', 'expiring']);
    expect(statusFiltersOf('not-yet-valid')).toEqual(['pending']);
    expect(statusFiltersOf('no-certificate')).toEqual(['pending']);
  });
});
