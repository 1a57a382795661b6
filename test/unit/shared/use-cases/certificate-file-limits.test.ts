import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificatesLeniently } from '../../../../shared/diagnostics/pem-doctor';
import { countOperations } from '../../../../shared/model/operation-count';
import { PARSER_LIMITS } from '../../../../shared/model/parser-limits';
import { readLooseFiles } from '../../../../shared/use-cases/loose-files';
import { makeCa, makeLeaf, toPemText, type TestCertificate } from '../pki/certificate/make-certificates';

const NOW = Date.parse('2025-06-01T00:00:00Z');
const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (parts: readonly Uint8Array[]): Uint8Array => new Uint8Array(Buffer.concat(parts));

let ca: TestCertificate;
let leaves: TestCertificate[];

beforeAll(async () => {
  ca = await makeCa();
  leaves = [];
  for (let i = 0; i < 16; i++) leaves.push(await makeLeaf(ca, { dnsNames: [`host${i}.example.ac.jp`], serialHex: (0x100 + i).toString(16) }));
});

describe('certificates per file', () => {
  const over = PARSER_LIMITS.certificatesPerFile + 1;
  const table = [
    { name: `refuses a PEM file of ${over} certificates unread`, bytes: () => bytesOf(toPemText(leaves[0]!.der).repeat(over)) },
    { name: `refuses ${over} DER certificates back to back unread`, bytes: () => concat(Array.from({ length: over }, () => leaves[0]!.der)) },
    { name: `refuses ${over} one-line base64 certificates unread`, bytes: () => bytesOf(`${Buffer.from(leaves[0]!.der).toString('base64')}\n`.repeat(over)) },
  ];
  it.each(table)('$name, naming the limit and the count', async ({ bytes }) => {
    const read = await readCertificatesLeniently('bundle.pem', bytes());
    expect(read.certificates).toEqual([]);
    const finding = read.findings.find((candidate) => candidate.code === 'input-over-limit');
    expect(finding?.severity).toBe('error');
    expect(finding?.message.en).toContain(`${over} certificates; the limit is ${PARSER_LIMITS.certificatesPerFile} certificates`);
    expect(finding?.message.ja).toContain(`上限 ${PARSER_LIMITS.certificatesPerFile}枚`);
  });

  it(`reads a file of exactly ${PARSER_LIMITS.certificatesPerFile} certificates`, async () => {
    const read = await readCertificatesLeniently('bundle.pem', bytesOf(toPemText(leaves[0]!.der).repeat(PARSER_LIMITS.certificatesPerFile)));
    expect(read.certificates).toHaveLength(PARSER_LIMITS.certificatesPerFile);
    expect(read.findings.map((finding) => finding.code)).not.toContain('input-over-limit');
  });
});

describe('reporting every certificate of one file', () => {
  /** A server file of `count` leaves followed by their CA, as the loose-file desk reads it. */
  const file = (count: number) => ({ name: 'bundle.pem', bytes: bytesOf([...leaves.slice(0, count), ca].map((certificate) => toPemText(certificate.der)).join('')) });

  it('parses each certificate of the file once, not once per report: twice the certificates is twice the parses', async () => {
    await readLooseFiles([file(1)], NOW); // the bundled CAs are parsed once per process
    const parses = async (count: number) => (await countOperations(() => readLooseFiles([file(count)], NOW))).counts.get('certificate-parse')!;
    const [small, large] = [await parses(8), await parses(16)];
    expect(small).toBe(9);
    expect(large).toBe(17);
  });

  it('says once how many unrelated certificates a file of many leaves holds, instead of naming each in every report', async () => {
    const read = await readLooseFiles([file(16)], NOW, [ca.der]);
    const report = read.certificates[0]!.report;
    const unrelated = report.findings.filter((finding) => finding.code === 'unrelated-certificate');
    expect(unrelated).toHaveLength(1);
    expect(unrelated[0]!.message.en).toContain('holds 15 certificates that are not on this certificate');
    expect(unrelated[0]!.message.en).toContain('and 12 more');
  });
});
