/**
 * Hostile inputs for every parser of untrusted bytes, generated: a huge OID, deep nesting, many
 * certificates in one file, many rows in one list, many SANs in one certificate. Each property says
 * the parser never throws, refuses exactly the inputs over its limit (naming the limit), and does
 * work bounded by its limit or linear in its input, counted by the operation counter.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificatesLeniently } from '../../../../shared/diagnostics/pem-doctor';
import { encodeBase64 } from '../../../../shared/encoding/base64';
import { countOperations } from '../../../../shared/model/operation-count';
import { PARSER_LIMITS } from '../../../../shared/model/parser-limits';
import { readCertificateSummary } from '../../../../shared/pki/certificate/summarize-certificate';
import { derLimitExceeded } from '../../../../shared/pki/der/der-limits';
import { derOid } from '../../../../shared/pki/der/der-writer';
import { readCertificateList } from '../../../../shared/tsv/read-certificate-list';
import { PROBLEMS_KEPT_PER_CODE } from '../../../../shared/tsv/problem-cap';
import { hostileRuns, propertyTimeout } from '../../../support/fuzz-runs';
import { nestedSequences, oidElement, spliceElement } from '../../../support/hostile-der';
import { extension, octetString, rawCertificate, sequence, tlv } from '../pki/der/der-builder';
import { makeCertificate, toPemText } from '../pki/certificate/make-certificates';
import { encodeText, SERVER_HEADER } from '../tsv/tsv-test-data';

const RUNS = hostileRuns();
const MARKER = '1.2.3.4.5.6.7';
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);

let marked: Uint8Array;
let plainPem: string;

beforeAll(async () => {
  marked = (await makeCertificate({ subject: `CN=www.example.ac.jp, ${MARKER}=marker, C=JP` })).der;
  plainPem = toPemText((await makeCertificate({ dnsNames: ['www.example.ac.jp'] })).der);
});

/** OID content octets: arc 1.2, then arcs of the given lengths in octets (each a run of 0x81 ending in 0x01). */
function oidContent(arcLengths: readonly number[]): Uint8Array {
  const total = 1 + arcLengths.reduce((sum, length) => sum + length, 0);
  const content = new Uint8Array(total).fill(0x81);
  content[0] = 0x2a;
  let at = 1;
  for (const length of arcLengths) {
    at += length;
    content[at - 1] = 0x01;
  }
  return content;
}

/** Arcs of an OID: mostly short, sometimes one huge (up to 300 KB in all). */
const arcLengths = fc.oneof(
  fc.array(fc.integer({ min: 1, max: 24 }), { minLength: 1, maxLength: 400 }),
  fc.tuple(fc.integer({ min: 1, max: 300_000 }), fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 5 })).map(([huge, rest]) => [huge, ...rest]),
  fc.integer({ min: 1, max: 300_000 }).map((count) => Array.from({ length: count }, () => 1)),
);

describe('hostile input fuzz', () => {
  it(
    'a certificate with any OID is read when the OID is within its limits and refused naming the limit otherwise',
    async () => {
      await fc.assert(
        fc.asyncProperty(arcLengths, async (arcs) => {
          const content = oidContent(arcs);
          const der = spliceElement(marked, derOid(MARKER), oidElement(content))!;
          const over = content.length > PARSER_LIMITS.oidOctets || arcs.some((length) => length > PARSER_LIMITS.oidArcOctets);
          const { result: read, counts } = await countOperations(() => readCertificatesLeniently('hostile.der', der));
          expect(read.certificates.length).toBe(over ? 0 : 1);
          expect(read.findings.some((finding) => finding.code === 'input-over-limit')).toBe(over);
          // No OID octet is decoded past the limit, however long the OID.
          expect(counts.get('oid') ?? 0).toBeLessThanOrEqual(64 * PARSER_LIMITS.oidOctets);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 200),
  );

  it(
    'nesting of any depth, in SEQUENCEs or encapsulated in OCTET STRINGs, is refused past the depth limit after a bounded walk',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 3 }), async (depth, wrappers) => {
          let bytes = nestedSequences(depth);
          for (let i = 0; i < wrappers; i++) bytes = sequence(octetString(bytes));
          const levels = depth + 2 * wrappers;
          const { result: exceeded, counts } = await countOperations(() => derLimitExceeded(bytes));
          expect(exceeded?.limit ?? null).toBe(levels > PARSER_LIMITS.derDepth ? 'derDepth' : null);
          expect(counts.get('der-walk') ?? 0).toBeLessThanOrEqual(PARSER_LIMITS.derDepth + 2);
          const read = await readCertificatesLeniently('nested.der', bytes);
          expect(read.certificates).toEqual([]);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 200),
  );

  it(
    'a file of any number of certificates is read up to the per-file limit and refused unread past it',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 1, max: 2 * PARSER_LIMITS.certificatesPerFile }), async (count) => {
          const read = await readCertificatesLeniently('bundle.pem', bytesOf(plainPem.repeat(count)));
          const over = count > PARSER_LIMITS.certificatesPerFile;
          expect(read.certificates.length).toBe(over ? 0 : count);
          expect(read.findings.some((finding) => finding.code === 'input-over-limit')).toBe(over);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 2_000),
  );

  it(
    'a certificate with any number of SAN names is read up to the SAN limit and refused past it, saying how many',
    () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 3 * PARSER_LIMITS.subjectAltNames }), (count) => {
          const names = Array.from({ length: count }, (_, i) => tlv(0x82, bytesOf(`h${i}.example.ac.jp`)));
          const der = rawCertificate({ extensions: [extension('2.5.29.17', sequence(...names))] });
          const summary = readCertificateSummary(der);
          if (count > PARSER_LIMITS.subjectAltNames) expect(summary).toMatchObject({ ok: false, error: { limit: 'subjectAltNames', found: count } });
          else expect(summary.ok && summary.value.dnsNames.length).toBe(count);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 200),
  );

  /** Short, broken rows: a few cells from characters that break TSV rows (quotes, tabs, base64, CR). */
  const brokenRow = fc.array(fc.string({ unit: fc.constantFrom('A', '1', '"', 'x', '\r', '-', 'M', 'I', '='), maxLength: 6 }), { minLength: 1, maxLength: 4 }).map((cells) => cells.join('\t'));

  it(
    'a list of many broken rows never throws and keeps at most the per-code number of problems of any code',
    async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(brokenRow, { maxLength: 3_000 }), async (rows) => {
          const list = await readCertificateList(encodeText(`${SERVER_HEADER.join('\t')}\n${rows.join('\n')}\n`, 'utf-8'), { fileName: 'serverAll.tsv' });
          if (!list.ok) return;
          const perCode = new Map<string, number>();
          for (const problem of list.value.problems) perCode.set(problem.code, (perCode.get(problem.code) ?? 0) + 1);
          for (const [code, count] of perCode) if (code !== 'problems-omitted') expect(count).toBeLessThanOrEqual(PROBLEMS_KEPT_PER_CODE);
          expect(list.value.records.length).toBeLessThanOrEqual(rows.length);
        }),
        { numRuns: RUNS },
      );
    },
    propertyTimeout(RUNS, 2_000),
  );

  it('a certificate cell holding a hostile certificate never throws and is refused naming its limit', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: PARSER_LIMITS.oidOctets + 1, max: 200_000 }), async (length) => {
        const der = spliceElement(marked, derOid(MARKER), oidElement(oidContent([length])))!;
        const row: string[] = Array.from({ length: SERVER_HEADER.length }, (_, i) => (i === 0 ? 'A1' : ''));
        row[SERVER_HEADER.indexOf('発行・更新申請-証明書')] = encodeBase64(der);
        const list = await readCertificateList(encodeText(`${SERVER_HEADER.join('\t')}\n${row.join('\t')}\n`, 'utf-8'), { fileName: 'serverAll.tsv' });
        expect(list.ok && list.value.problems.map((problem) => problem.code)).toContain('certificate-over-limit');
      }),
      { numRuns: RUNS },
    );
  }, propertyTimeout(RUNS, 200));
});
