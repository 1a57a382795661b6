import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import type { CertificateList } from '../../../../shared/model/certificate-list';
import type { Problem } from '../../../../shared/model/problem';
import type { Result } from '../../../../shared/model/result';
import { decodeFailureCode } from '../../../../shared/tsv/decode-failure-code';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { readListWith } from '../../../../shared/tsv/read-list';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';
import { BASE_ROW, SERVER_HEADER, encodeText, serverRow, testCertificate, toTsv } from './tsv-test-data';
import { FUZZ_RUNS, propertyTimeout } from '../../../support/fuzz-runs';

// Each case reads a whole list (2 ms a case at load 15, twice that for the chunk-size property), so
// these allow 25 ms a case rather than the ordinary 6: a guard against a hang, not a timing assertion.
const TIMEOUT_MS = propertyTimeout(FUZZ_RUNS, 25);

let valid: Uint8Array;
beforeAll(async () => {
  const cert = await testCertificate();
  valid = encodeText(
    toTsv([
      SERVER_HEADER,
      serverRow({ ...BASE_ROW, certificate: `"${cert.pem.trim()}"` }),
      serverRow({ ...BASE_ROW, applicationId: '100002', certificate: cert.base64, adminAffiliation: '"工学部' }),
      serverRow({ ...BASE_ROW, applicationId: '100003', status: '7', revocationReasonComment: '"理由\r\n二行目"' }),
    ]),
    'shift_jis',
  );
});

/** Checks the invariants every Result of the reader keeps. */
function checkResult(result: Result<CertificateList, Problem>): void {
  if (!result.ok) {
    expect(result.error.code).toMatch(/^file-/);
    expect(result.error.message.ja.length).toBeGreaterThan(0);
    expect(result.error.message.en.length).toBeGreaterThan(0);
    return;
  }
  const list = result.value;
  const lines = list.records.map((record) => record.line);
  expect(lines).toEqual([...lines].sort((a, b) => a - b));
  expect(new Set(lines).size).toBe(lines.length);
  list.records.forEach((record, index) => {
    expect(record.index).toBe(index);
    expect(record.cells.length).toBeGreaterThanOrEqual(list.columns.length);
  });
  list.problems.forEach((problem) => {
    expect(problem.code).not.toMatch(/^file-/);
    expect(problem.location.line).toBeGreaterThan(0);
  });
}

/** One edit of a file's bytes. */
type Edit =
  | { kind: 'truncate'; at: number }
  | { kind: 'insert'; at: number; bytes: number[] }
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'delete'; at: number; count: number };

const mutation: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.array(fc.constantFrom(0x09, 0x22, 0x0a, 0x0d, 0x41, 0x82), { minLength: 1, maxLength: 3 }) }),
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 40 }) }),
);

function mutate(bytes: Uint8Array, edits: readonly Edit[]): Uint8Array {
  let out = Array.from(bytes);
  for (const edit of edits) {
    const at = out.length === 0 ? 0 : edit.at % out.length;
    if (edit.kind === 'truncate') out = out.slice(0, at);
    else if (edit.kind === 'insert') out.splice(at, 0, ...edit.bytes);
    else if (edit.kind === 'flip' && out.length > 0) out[at] = out[at]! ^ (1 << edit.bit);
    else if (edit.kind === 'delete') out.splice(at, edit.count);
  }
  return new Uint8Array(out);
}

describe('readCertificateList fuzz', () => {
  it('never throws and always returns a Result on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), async (bytes) => {
        checkResult(await readCertificateList(bytes, { fileName: 'random.tsv' }));
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT_MS);

  it('never throws and always returns a Result on mutated valid files', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (edits) => {
        checkResult(await readCertificateList(mutate(valid, edits), { fileName: 'mutated.tsv' }));
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT_MS);

  it('reads the same list whatever the chunk size, quotes crossing chunk borders included', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { maxLength: 3 }), fc.integer({ min: 1, max: 300 }), async (edits, chunkBytes) => {
        const bytes = mutate(valid, edits);
        const whole = await readCertificateList(bytes, { fileName: 'a.tsv' });
        const passed: CertificateRecord[] = [];
        const onRecords = (records: readonly CertificateRecord[]) => void passed.push(...records);
        const chunked = await readListWith(bytes, { fileName: 'a.tsv', chunkBytes, onRecords }, summarizeCertificate, decodeFailureCode);
        if (!whole.ok || !chunked.ok) {
          expect(chunked.ok).toBe(whole.ok);
          return;
        }
        expect(chunked.value.records).toEqual(whole.value.records);
        // Records shown while the list loads: every one, once, in order, the very objects of the list.
        expect(passed).toHaveLength(chunked.value.records.length);
        expect(passed.every((record, i) => record === chunked.value.records[i])).toBe(true);
        expect(chunked.value.problems).toEqual(whole.value.problems);
      }),
      { numRuns: FUZZ_RUNS },
    );
  }, TIMEOUT_MS);
});
