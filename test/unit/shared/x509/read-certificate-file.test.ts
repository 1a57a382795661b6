import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificateFile, type CertificateFileContent } from '../../../../shared/x509/read-certificate-file';
import { makeCa, makeLeaf, toPemText, type TestCertificate } from '../pki/certificate/make-certificates';

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SECRET_KEY_BODY = 'U0VDUkVUX0tFWV9NQVRFUklBTF9ORVZFUl9LRUVQ';

let ca: TestCertificate;
let leaf: TestCertificate;
beforeAll(async () => {
  ca = await makeCa();
  leaf = await makeLeaf(ca);
});

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha = (der: Uint8Array): string => createHash('sha256').update(der).digest('hex');

/** The parts of a result a table compares: certificate fingerprints and lines, other blocks, problem codes and lines. */
function outline(content: CertificateFileContent) {
  return {
    certificates: content.certificates.map((c) => ({ sha256: c.summary.sha256, line: c.line })),
    otherBlocks: content.otherBlocks,
    problems: content.problems.map((p) => ({ code: p.code, line: p.line })),
  };
}

interface FileCase {
  name: string;
  input: () => Uint8Array;
  want: () => ReturnType<typeof outline>;
}

const none = { otherBlocks: [], problems: [] };

const TABLE: FileCase[] = [
  {
    name: 'reads a single PEM certificate',
    input: () => bytesOf(toPemText(leaf.der)),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'reads a chain of several PEM certificates in order with their lines',
    input: () => bytesOf(`Leaf:\n${toPemText(leaf.der)}Issuer:\n${toPemText(ca.der)}`),
    want: () => ({
      certificates: [
        { sha256: sha(leaf.der), line: 2 },
        { sha256: sha(ca.der), line: 3 + toPemText(leaf.der).split('\n').length - 1 },
      ],
      ...none,
    }),
  },
  {
    name: 'reads CRLF line endings',
    input: () => bytesOf(toPemText(leaf.der).replaceAll('\n', '\r\n')),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'reads a UTF-8 BOM before the PEM',
    input: () => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytesOf(toPemText(leaf.der))]),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'reads a UTF-16LE file saved by Notepad',
    input: () => Uint8Array.from([0xff, 0xfe, ...Buffer.from(toPemText(leaf.der), 'utf16le')]),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'reads raw DER',
    input: () => leaf.der,
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: null }], ...none }),
  },
  {
    name: 'reads two DER certificates back to back',
    input: () => Uint8Array.from([...leaf.der, ...ca.der]),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: null }, { sha256: sha(ca.der), line: null }], ...none }),
  },
  {
    name: 'reads base64 DER without armour',
    input: () => bytesOf(`${Buffer.from(leaf.der).toString('base64').replace(/.{64}/g, '$&\n')}\n`),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: null }], ...none }),
  },
  {
    name: 'reads one unarmoured base64 certificate per line',
    input: () => bytesOf(`${Buffer.from(leaf.der).toString('base64')}\n${Buffer.from(ca.der).toString('base64')}\n`),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }, { sha256: sha(ca.der), line: 2 }], ...none }),
  },
  {
    name: 'lists a private key block by label only and still reads the certificate',
    input: () => bytesOf(`${toPemText(leaf.der)}-----BEGIN PRIVATE KEY-----\n${SECRET_KEY_BODY}\n-----END PRIVATE KEY-----\n`),
    want: () => ({
      certificates: [{ sha256: sha(leaf.der), line: 1 }],
      otherBlocks: [{ label: 'PRIVATE KEY', line: toPemText(leaf.der).split('\n').length }],
      problems: [],
    }),
  },
  {
    name: 'reads an OpenSSL TRUSTED CERTIFICATE without its trust settings',
    input: () => bytesOf(toPemText(Uint8Array.from([...leaf.der, 0x30, 0x02, 0x05, 0x00]), 'TRUSTED CERTIFICATE')),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'says file-not-certificate for a file with only a CSR, naming the block',
    input: () => bytesOf(toPemText(Uint8Array.of(0x30, 0x00), 'CERTIFICATE REQUEST')),
    want: () => ({ certificates: [], otherBlocks: [{ label: 'CERTIFICATE REQUEST', line: 1 }], problems: [{ code: 'file-not-certificate', line: null }] }),
  },
  {
    name: 'says file-not-certificate for garbage text',
    input: () => bytesOf('これは証明書ではありません。\nhello world\n'),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'file-not-certificate', line: null }] }),
  },
  {
    name: 'says file-not-certificate for plain ASCII words that happen to be base64',
    input: () => bytesOf('hello world this is text\n'),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'file-not-certificate', line: null }] }),
  },
  {
    name: 'says certificate-truncated for unarmoured base64 of a cut certificate',
    input: () => bytesOf(Buffer.from(leaf.der.subarray(0, 600)).toString('base64')),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-truncated', line: null }] }),
  },
  {
    name: 'says file-not-certificate for random binary',
    input: () => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'file-not-certificate', line: null }] }),
  },
  {
    name: 'says file-empty for no bytes',
    input: () => new Uint8Array(0),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'file-empty', line: null }] }),
  },
  {
    name: 'says certificate-truncated for a BEGIN without END, at its line',
    input: () => bytesOf(`note\n${toPemText(leaf.der).split('\n').slice(0, 8).join('\n')}\n`),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-truncated', line: 2 }] }),
  },
  {
    name: 'says certificate-truncated for a PEM body that lost lines',
    input: () => {
      const lines = toPemText(leaf.der).split('\n');
      return bytesOf([...lines.slice(0, 6), ...lines.slice(-2)].join('\n'));
    },
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-truncated', line: 1 }] }),
  },
  {
    name: 'says certificate-truncated for cut DER',
    input: () => leaf.der.subarray(0, 700),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-truncated', line: null }] }),
  },
  {
    name: 'says certificate-invalid-base64 at the line of the bad character',
    input: () => bytesOf(toPemText(leaf.der).replace(/\n(.{10})./, '\n$1*')),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-invalid-base64', line: 2 }] }),
  },
  {
    name: 'says certificate-not-a-certificate for a key inside CERTIFICATE armour',
    input: () => bytesOf(toPemText(Uint8Array.of(0x30, 0x05, 0x02, 0x01, 0x00, 0x05, 0x00))),
    want: () => ({ certificates: [], otherBlocks: [], problems: [{ code: 'certificate-not-a-certificate', line: 1 }] }),
  },
];

describe('readCertificateFile', () => {
  it.each(TABLE)('$name', async ({ input, want }) => {
    expect(outline(await readCertificateFile('server.crt', input()))).toEqual(want());
  });

  it('never keeps the content of a private key block anywhere in its result', async () => {
    const text = `${toPemText(leaf.der)}-----BEGIN PRIVATE KEY-----\n${SECRET_KEY_BODY}\n-----END PRIVATE KEY-----\n`;
    const result = await readCertificateFile('bundle.pem', bytesOf(text));
    const json = JSON.stringify(result, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    expect(json).not.toContain(SECRET_KEY_BODY);
    expect(json).not.toContain(Buffer.from(SECRET_KEY_BODY, 'base64').toString('latin1'));
  });

  it('gives problems a file name, a Japanese and an English message', async () => {
    const result = await readCertificateFile('bad.pem', bytesOf('nothing here'));
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'bad.pem', severity: 'error', column: null, columnLabel: null, message: { ja: expect.stringMatching(/証明書/), en: expect.stringMatching(/certificate/) } }),
    ]);
  });

  it('keeps the DER bytes and full summary of each certificate', async () => {
    const result = await readCertificateFile('leaf.pem', bytesOf(toPemText(leaf.der)));
    expect([...result.certificates[0]!.der]).toEqual([...leaf.der]);
    expect(result.certificates[0]!.summary).toMatchObject({ commonName: 'www.example.ac.jp', isCa: false, sha256: sha(leaf.der) });
  });
});

describe('readCertificateFile fuzz', () => {
  const check = async (bytes: Uint8Array): Promise<void> => {
    const result = await readCertificateFile('fuzz.pem', bytes);
    expect(result.certificates.length + result.problems.length).toBeGreaterThan(0);
  };

  it('never throws on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), check), { numRuns: RUNS });
  });

  it('never throws on truncations and bit flips of a PEM and a DER certificate', async () => {
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.nat(), fc.array(fc.tuple(fc.nat(), fc.nat(7)), { maxLength: 3 }), async (asPem, cut, flips) => {
        const source = asPem ? bytesOf(toPemText(leaf.der)) : leaf.der;
        const bytes = source.slice(0, 1 + (cut % source.length));
        for (const [at, bit] of flips) {
          const i = at % bytes.length;
          bytes[i] = bytes[i]! ^ (1 << bit);
        }
        await check(bytes);
      }),
      { numRuns: RUNS },
    );
  });

  it('still finds a valid PEM embedded in noise', async () => {
    const noise = fc.string({ maxLength: 60 }).filter((s) => !s.includes('-----'));
    await fc.assert(
      fc.asyncProperty(noise, noise, async (before, after) => {
        const result = await readCertificateFile('noisy.txt', bytesOf(`${before}\n${toPemText(leaf.der)}${after}`));
        expect(result.certificates.map((c) => c.summary.sha256)).toEqual([sha(leaf.der)]);
      }),
      { numRuns: RUNS },
    );
  });
});
