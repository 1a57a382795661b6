import { describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import { findCurrentCertificates, type CurrentRole } from '../../../../shared/query/current';
import { orderCurrentFirst } from '../../../../shared/query/current-first';
import { filterRecords } from '../../../../shared/query/filter';
import { checkCurrent } from '../../../../shared/query/not-current';
import { classifyRecord } from '../../../../shared/query/record-state';
import { recordStateLabel } from '../../../../shared/query/state-label';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { toListRow } from '../../../../shared/use-cases/list-rows';
import { readFixture, readManifest } from '../../../support/manifest';
import { indexed, jst, makeRecord, makeSummary } from '../../../support/record-factory';

const now = jst('2025-06-01T12:00');
const DAY = 86_400_000;

/** A readable certificate row for `host` issued `ageDays` ago, valid 397 days. */
function readable(host: string, serial: string, ageDays: number, extra: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeRecord({
    fqdn: host,
    applicationId: `A-${serial}`,
    certificate: makeSummary({ commonName: host, dnsNames: [host], serialNumber: serial, notBefore: now - ageDays * DAY, notAfter: now + (397 - ageDays) * DAY }),
    ...extra,
  });
}

/** A row whose certificate cell could not be read, though its TSV columns still give a serial and a validity period. */
function unreadable(host: string, serial: string, ageDays: number, extra: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeRecord({
    fqdn: host,
    applicationId: `A-${serial}`,
    certificate: null,
    certificateUnreadable: true,
    serialNumber: serial,
    tsvNotBefore: now - ageDays * DAY,
    tsvNotAfter: now + (397 - ageDays) * DAY,
    ...extra,
  });
}

describe('a row whose certificate cell cannot be read', () => {
  it('is classified "certificate unreadable", not valid, whatever its TSV dates say', () => {
    expect(classifyRecord(unreadable('www.example.jp', '1', 10), now)).toEqual({ state: 'unreadable', daysLeft: null });
    expect(recordStateLabel('unreadable')).toEqual({ ja: '証明書を読めません', en: 'Certificate unreadable' });
  });

  it('stays revoked or an error when the TSV says so', () => {
    expect(classifyRecord(unreadable('www.example.jp', '1', 10, { isRevoked: true, status: 7 }), now).state).toBe('revoked');
    expect(classifyRecord(unreadable('www.example.jp', '1', 10, { status: -2 }), now).state).toBe('error');
  });

  it('falls under the error status filter, not the valid one', () => {
    const records = indexed([unreadable('www.example.jp', '1', 10)]);
    const hits = [{ index: 0, score: 0, ranges: [] }] as never;
    expect(filterRecords(records, hits, { statuses: ['valid'], now })).toHaveLength(0);
    expect(filterRecords(records, hits, { statuses: ['error'], now })).toHaveLength(1);
  });

  const cases: { name: string; input: CertificateRecord[]; want: { roles: CurrentRole[]; newest: boolean[]; order: number[] } }[] = [
    {
      name: 'a readable older certificate of the host is current instead of a newer unreadable one',
      input: [readable('www.example.jp', '100', 200), unreadable('www.example.jp', '200', 10)],
      want: { roles: ['current', 'replaced'], newest: [true, false], order: [0, 1] },
    },
    {
      name: 'an unreadable certificate alone is the host\'s newest but never shown as current',
      input: [unreadable('www.example.jp', '200', 10)],
      want: { roles: [null], newest: [true], order: [0] },
    },
    {
      name: 'a revoked certificate still ranks below an unreadable one',
      input: [readable('www.example.jp', '100', 10, { isRevoked: true, status: 7 }), unreadable('www.example.jp', '200', 200)],
      want: { roles: ['revoked', null], newest: [false, true], order: [1, 0] },
    },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const records = indexed(input);
      const current = findCurrentCertificates(records, now);
      expect(current.byRecord.map((info) => info.role)).toEqual(want.roles);
      expect(current.byRecord.map((info) => info.isNewest)).toEqual(want.newest);
      expect(orderCurrentFirst(records.map((record) => record.index), records, current)).toEqual(want.order);
    });
  }

  it('is never offered as the current certificate to export instead, and says why it is not current', () => {
    const records = indexed([readable('www.example.jp', '100', 400), unreadable('www.example.jp', '200', 30, { previousSerial: '100' })]);
    const current = findCurrentCertificates(records, now);
    const old = checkCurrent(records, current, 0, now);
    expect(old.reasons.map((reason) => reason.kind)).toContain('replaced');
    expect(old.current).toBeNull();
    expect(checkCurrent(records, current, 1, now).reasons.map((reason) => reason.kind)).toEqual(['unreadable']);
  });

  const manifest = readManifest();
  const fixtureNow = Date.parse(manifest.referenceTime);
  for (const file of ['bad/corrupt-cert.tsv', 'bad/truncated-pem.tsv', 'bad/private-key-in-cell.tsv']) {
    it(`is listed as unreadable with an error state, never current (${file})`, async () => {
      const badFile = manifest.badFiles.find((entry) => entry.file === file)!;
      const read = await readCertificateList(readFixture(file), { fileName: file.split('/').at(-1)! });
      if (!read.ok) throw new Error(`${file} did not load`);
      const list = read.value;
      const record = list.records.find((candidate) => candidate.line === badFile.expectedLine)!;
      expect(record.certificate).toBeNull();
      expect(record.certificateUnreadable).toBe(true);
      // The TSV columns alone would have made it look issued and healthy.
      expect(record.serialNumber).not.toBe('');
      const row = toListRow(record, findCurrentCertificates(list.records, fixtureNow), fixtureNow);
      expect(row.state).toBe('unreadable');
      expect(row.role).not.toBe('current');
      expect(list.records.filter((other) => other !== record).every((other) => !other.certificateUnreadable)).toBe(true);
    });
  }
});
