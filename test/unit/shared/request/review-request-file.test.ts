import { describe, expect, it } from 'vitest';
import { encodeShiftJis } from '../../../../shared/encoding/shift-jis';
import { reviewFindings, reviewRequestFile } from '../../../../shared/request/check-request-file';
import { readFixture, readManifest } from '../../../support/manifest';
import { FINDING_OF_DAMAGE } from '../../../support/request-damage';
import { FIXTURE_NOW, fixtureList } from './request-fixtures';


const files = readManifest().request.files;

describe('the review of the request fixtures against their list', () => {
  it.each(files.filter((file) => file.damage === null).map((file) => file.file))('%s has no error and no warning', async (file) => {
    const review = await reviewRequestFile(readFixture(file), { list: await fixtureList(), now: FIXTURE_NOW });
    expect(review.checkedAgainstList).toBe(true);
    expect(reviewFindings(review).filter((entry) => entry.finding.severity !== 'info')).toEqual([]);
  });

  it.each(files.filter((file) => file.damage !== null).map((file) => [file.file, file.damage!, file.damagedLine!] as const))('%s: %s on line %i', async (file, damage, line) => {
    const review = await reviewRequestFile(readFixture(file), { list: await fixtureList(), now: FIXTURE_NOW });
    const expected = FINDING_OF_DAMAGE[damage]!;
    const onLine = reviewFindings(review).filter((entry) => entry.line === line);
    expect(onLine.map((entry) => [entry.finding.code, entry.finding.severity])).toContainEqual([expected.code, expected.severity]);
    // The good lines of a file with one damaged line stay clean (the 100-row file repeats serials, so it is left out).
    if (damage !== 'too-many-rows' && damage !== 'lf-only') {
      const elsewhere = reviewFindings(review).filter((entry) => entry.line !== line && entry.finding.severity === 'error');
      expect(elsewhere).toEqual([]);
    }
  });

  it('reads the kind of every file from the columns it fills', async () => {
    for (const file of files) {
      const review = await reviewRequestFile(readFixture(file.file), { now: FIXTURE_NOW });
      expect(review.kind, file.file).toBe(file.kind);
    }
  });

  it('checks format and CSR without a list, and says it did not check against one', async () => {
    const review = await reviewRequestFile(readFixture('request/renew-wrong-key-type.tsv'), { now: FIXTURE_NOW });
    expect(review.checkedAgainstList).toBe(false);
    expect(reviewFindings(review).map((entry) => entry.finding.code)).toContain('csr-key-profile');
    const unknown = await reviewRequestFile(readFixture('request/revoke-unknown-serial.tsv'), { now: FIXTURE_NOW });
    expect(reviewFindings(unknown).filter((entry) => entry.finding.severity === 'error')).toEqual([]);
  });
});

describe('files that are not request files', () => {
  const review = (text: string | Uint8Array) => reviewRequestFile(typeof text === 'string' ? new TextEncoder().encode(text) : text, { now: FIXTURE_NOW });
  const codes = async (text: string | Uint8Array) => reviewFindings(await review(text)).map((entry) => `${entry.line}:${entry.finding.code}`);

  it('says an empty file, a binary file and a header row', async () => {
    expect(await codes('')).toEqual(['null:file-empty']);
    expect(await codes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))).toEqual(['null:file-binary']);
    const header = encodeShiftJis(`主体者DN\tプロファイル\t\t\t\t\t\t\t\t\t\t\t\r\n`)!;
    expect(await codes(header)).toEqual(['1:header-row', 'null:file-empty']);
    expect(await codes(new TextEncoder().encode('主体者DN\r\n'))).toEqual(['1:header-row', 'null:not-shift-jis-file', 'null:file-empty']);
  });

  it('names a blank line and keeps reading the rows around it', async () => {
    const row = 'CN=a.example.ac.jp,O=X,L=Y,ST=Tokyo,C=JP\t\t\t123\t5\t\t\t\t\t\t\t\t';
    const result = await review(`${row}\r\n\r\n${row.replace('123', '124')}\r\n`);
    expect(result.rows.map((entry) => entry.line)).toEqual([1, 3]);
    expect(result.fileFindings.map((entry) => `${entry.line}:${entry.finding.code}`)).toEqual(['2:blank-line']);
  });

  it('says when Excel wrapped columns in quotes or dropped the empty ones at the end, and checks the values inside the quotes', async () => {
    const fields = ['"CN=a.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP"', '', '', '123', '5', '', '', '', '', '', '', '', ''];
    const quoted = await review(`${fields.join('\t')}\r\n`);
    expect(reviewFindings(quoted).map((entry) => `${entry.line}:${entry.finding.code}@${entry.finding.field}`)).toEqual(['1:excel-quotes@subjectDn']);
    expect(quoted.rows[0]!.row.subjectDn).toBe('CN=a.example.ac.jp,O=Sample University,L=Chiyoda-ku,ST=Tokyo,C=JP');
    const cut = await review(`${fields.slice(0, 5).join('\t')}\r\n`);
    const columnCount = reviewFindings(cut).find((entry) => entry.finding.code === 'column-count')!;
    expect(columnCount.finding.message.en).toMatch(/Excel drops empty columns/);
  });

  it('marks bytes that are no Shift_JIS character on their line', async () => {
    const row = new TextEncoder().encode('CN=a.example.ac.jp,O=X,L=Y,ST=Tokyo,C=JP\t\t\t123\t0\t');
    const bytes = new Uint8Array([...row, 0x82, 0x0a, 0x0d, 0x0a]);
    expect(await codes(bytes)).toContain('1:undecodable-bytes');
  });
});
