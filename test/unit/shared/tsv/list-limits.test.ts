import { describe, expect, it } from 'vitest';
import { countOperations } from '../../../../shared/model/operation-count';
import { PARSER_LIMITS } from '../../../../shared/model/parser-limits';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { PROBLEMS_KEPT_PER_CODE } from '../../../../shared/tsv/problem-cap';
import { derOid } from '../../../../shared/pki/der/der-writer';
import { encodeBase64 } from '../../../../shared/encoding/base64';
import { hugeArcOidContent, oidElement, spliceElement } from '../../../support/hostile-der';
import { makeCertificate } from '../pki/certificate/make-certificates';
import { BASE_ROW, encodeText, SERVER_HEADER, serverRow, SHORT_SERVER_ROW, toTsv } from './tsv-test-data';

/** A list of `rows` short rows: each is short of columns, so each has a problem. */
const shortRows = (rows: number): Uint8Array => encodeText(`${SERVER_HEADER.join('\t')}\n${SHORT_SERVER_ROW.repeat(rows)}`, 'utf-8');
const read = (bytes: Uint8Array) => readCertificateList(bytes, { fileName: 'serverAll.tsv' });

describe('rows per list', () => {
  it(`reads a list of exactly ${PARSER_LIMITS.listRows.toLocaleString('en-US')} rows`, async () => {
    const list = await read(shortRows(PARSER_LIMITS.listRows));
    expect(list.ok && list.value.records.length).toBe(PARSER_LIMITS.listRows);
  });

  it('refuses a list over the limit at the first row past it, naming the limit and that line, and reads no row further', async () => {
    const { result: list, counts } = await countOperations(() => read(shortRows(2 * PARSER_LIMITS.listRows)));
    expect(list.ok).toBe(false);
    if (list.ok) return;
    expect(list.error.code).toBe('file-too-many-rows');
    expect(list.error.location.line).toBe(PARSER_LIMITS.listRows + 2);
    expect(list.error.message.en).toBe('the list has more rows than the limit of 200,000 (row 200,001 starts on this line); the file is not read');
    expect(list.error.message.ja).toContain('上限の 200,000 行');
    expect(counts.get('list-rows')).toBe(PARSER_LIMITS.listRows);
  });
});

describe('problems per list', () => {
  it(`keeps ${PROBLEMS_KEPT_PER_CODE} problems of one code and counts the rest in one problems-omitted problem at the first one left out`, async () => {
    const list = await read(shortRows(PROBLEMS_KEPT_PER_CODE + 500));
    if (!list.ok) throw new Error(list.error.code);
    const codes = list.value.problems.map((problem) => problem.code);
    expect(codes.filter((code) => code === 'row-too-few-cells')).toHaveLength(PROBLEMS_KEPT_PER_CODE);
    const omitted = list.value.problems.filter((problem) => problem.code === 'problems-omitted');
    expect(omitted).toHaveLength(1);
    expect(omitted[0]!.location.line).toBe(PROBLEMS_KEPT_PER_CODE + 2);
    expect(omitted[0]!.severity).toBe('warning');
    expect(omitted[0]!.message.en).toBe('500 more problems of the same kind (row-too-few-cells) from this line on are not listed one by one; the first 1,000 are');
    expect(list.value.records).toHaveLength(PROBLEMS_KEPT_PER_CODE + 500);
  });

  it('caps the problems of lines cut before their identifying columns too (no row each, one problem each)', async () => {
    const cutLines = encodeText(`${SERVER_HEADER.join('\t')}\n${'A1\tx\n'.repeat(PROBLEMS_KEPT_PER_CODE + 500)}`, 'utf-8');
    const list = await read(cutLines);
    if (!list.ok) throw new Error(list.error.code);
    expect(list.value.records).toHaveLength(0);
    expect(list.value.problems.filter((problem) => problem.code === 'row-too-few-cells')).toHaveLength(PROBLEMS_KEPT_PER_CODE);
    const omitted = list.value.problems.filter((problem) => problem.code === 'problems-omitted');
    expect(omitted.map((problem) => [problem.severity, problem.location.line])).toEqual([['error', PROBLEMS_KEPT_PER_CODE + 2]]);
  });

  it('keeps the same number of problems for twice the broken rows, while it reads twice the rows', async () => {
    const run = async (rows: number) => {
      const { result, counts } = await countOperations(() => read(shortRows(rows)));
      if (!result.ok) throw new Error(result.error.code);
      return { problems: result.value.problems.length, rows: counts.get('list-rows')! };
    };
    const [small, large] = [await run(4_000), await run(8_000)];
    expect(large.problems).toBe(small.problems);
    expect(large.rows).toBe(2 * small.rows);
  });

  it('says which limit a certificate cell is over (a 200 KB OID) and keeps the row', async () => {
    const marker = '1.2.3.4.5.6.7';
    const { der } = await makeCertificate({ subject: `CN=www.example.ac.jp, ${marker}=marker, C=JP` });
    const hostile = spliceElement(der, derOid(marker), oidElement(hugeArcOidContent(200_000)))!;
    const list = await read(encodeText(toTsv([SERVER_HEADER, serverRow({ ...BASE_ROW, certificate: encodeBase64(hostile) })]), 'utf-8'));
    if (!list.ok) throw new Error(list.error.code);
    expect(list.value.records).toHaveLength(1);
    expect(list.value.records[0]!.certificate).toBeNull();
    const problem = list.value.problems.find((candidate) => candidate.code === 'certificate-over-limit');
    expect(problem?.severity).toBe('error');
    expect(problem?.message.en).toBe('The length of an OID (object identifier) is over its limit (200,001 bytes; the limit is 255 bytes). It is not read further.');
  });
});
