import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCertificateFile, type CertificateFileIssue, type CertificateFileRead } from '../../../../shared/pki/read-certificate-file';
import { makeCa, makeLeaf, toPemText, type TestCertificate } from './certificate/make-certificates';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const SECRET_KEY_BODY = 'U0VDUkVUX0tFWV9NQVRFUklBTF9ORVZFUl9LRUVQ';

let ca: TestCertificate;
let leaf: TestCertificate;
beforeAll(async () => {
  ca = await makeCa();
  leaf = await makeLeaf(ca);
});

const bytesOf = (text: string): Uint8Array => new TextEncoder().encode(text);
const sha = (der: Uint8Array): string => createHash('sha256').update(der).digest('hex');

/** The same certificate with its outer SEQUENCE re-encoded in BER's indefinite-length form (30 80 … 00 00). */
function asIndefiniteLength(der: Uint8Array): Uint8Array {
  const lengthOctets = der[1]! & 0x80 ? 1 + (der[1]! & 0x7f) : 1;
  return Uint8Array.from([0x30, 0x80, ...der.subarray(1 + lengthOctets), 0x00, 0x00]);
}

/** The parts of a result a table compares: certificate fingerprints and lines, and the issues. */
function outline(content: CertificateFileRead) {
  return {
    certificates: content.certificates.map((c) => ({ sha256: c.summary.sha256, line: c.line })),
    issues: content.issues,
  };
}

interface FileCase {
  name: string;
  input: () => Uint8Array;
  want: () => ReturnType<typeof outline>;
}

const none = { issues: [] as CertificateFileIssue[] };

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
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
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
      issues: [{ kind: 'not-a-certificate', line: toPemText(leaf.der).split('\n').length, derKind: 'private-key', label: 'PRIVATE KEY' }],
    }),
  },
  {
    name: 'reads an OpenSSL TRUSTED CERTIFICATE without its trust settings',
    input: () => bytesOf(toPemText(Uint8Array.from([...leaf.der, 0x30, 0x02, 0x05, 0x00]), 'TRUSTED CERTIFICATE')),
    want: () => ({ certificates: [{ sha256: sha(leaf.der), line: 1 }], ...none }),
  },
  {
    name: 'refuses a file with only a CSR, naming the block without decoding it',
    input: () => bytesOf(toPemText(Uint8Array.of(0x30, 0x00), 'CERTIFICATE REQUEST')),
    want: () => ({ certificates: [], issues: [{ kind: 'not-a-certificate', line: 1, derKind: 'csr', label: 'CERTIFICATE REQUEST' }] }),
  },
  {
    name: 'finds no certificate in garbage text',
    input: () => bytesOf('これは証明書ではありません。\nhello world\n'),
    want: () => ({ certificates: [], issues: [{ kind: 'no-certificate' }] }),
  },
  {
    name: 'finds no certificate in plain ASCII words that happen to be base64',
    input: () => bytesOf('hello world this is text\n'),
    want: () => ({ certificates: [], issues: [{ kind: 'no-certificate' }] }),
  },
  {
    name: 'says truncated for unarmoured base64 of a cut certificate',
    input: () => bytesOf(Buffer.from(leaf.der.subarray(0, 600)).toString('base64')),
    want: () => ({ certificates: [], issues: [{ kind: 'truncated', line: 1 }] }),
  },
  {
    name: 'finds no certificate in random binary',
    input: () => Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3),
    want: () => ({ certificates: [], issues: [{ kind: 'no-certificate' }] }),
  },
  {
    name: 'finds no certificate in no bytes',
    input: () => new Uint8Array(0),
    want: () => ({ certificates: [], issues: [{ kind: 'no-certificate' }] }),
  },
  {
    name: 'says truncated for a BEGIN without END, at its line',
    input: () => bytesOf(`note\n${toPemText(leaf.der).split('\n').slice(0, 8).join('\n')}\n`),
    want: () => ({ certificates: [], issues: [{ kind: 'truncated', line: 2 }] }),
  },
  {
    name: 'says lines are missing from a PEM body that lost lines between BEGIN and END',
    input: () => {
      const lines = toPemText(leaf.der).split('\n');
      return bytesOf([...lines.slice(0, 6), ...lines.slice(-2)].join('\n'));
    },
    want: () => ({ certificates: [], issues: [{ kind: 'corrupt', line: 1, what: 'lines missing' }] }),
  },
  {
    name: 'says truncated for cut DER',
    input: () => leaf.der.subarray(0, 700),
    want: () => ({ certificates: [], issues: [{ kind: 'truncated', line: null }] }),
  },
  {
    name: 'says the base64 is damaged at the line and column of the bad character',
    input: () => bytesOf(toPemText(leaf.der).replace(/\n(.{10})./, '\n$1*')),
    want: () => ({ certificates: [], issues: [{ kind: 'corrupt', line: 2, column: 11, what: 'base64' }] }),
  },
  {
    name: 'says a certificate in BER (indefinite length) is BER, in DER form and in PEM armour, not damaged data',
    input: () => bytesOf(toPemText(asIndefiniteLength(leaf.der))),
    want: () => ({ certificates: [], issues: [{ kind: 'ber-encoded', line: 1 }] }),
  },
  {
    name: 'says a binary BER certificate is BER',
    input: () => asIndefiniteLength(leaf.der),
    want: () => ({ certificates: [], issues: [{ kind: 'ber-encoded', line: null }] }),
  },
  {
    name: 'says a private key inside CERTIFICATE armour is a private key',
    input: () => bytesOf(toPemText(Uint8Array.of(0x30, 0x0a, 0x02, 0x01, 0x00, 0x30, 0x00, 0x04, 0x03, 0x30, 0x01, 0x00))),
    want: () => ({ certificates: [], issues: [{ kind: 'not-a-certificate', line: 1, derKind: 'private-key' }] }),
  },
];

describe('readCertificateFile', () => {
  it.each(TABLE)('$name', async ({ input, want }) => {
    expect(outline(await readCertificateFile(input()))).toEqual(want());
  });

  it('never keeps the content of a private key block anywhere in its result', async () => {
    const text = `${toPemText(leaf.der)}-----BEGIN PRIVATE KEY-----\n${SECRET_KEY_BODY}\n-----END PRIVATE KEY-----\n`;
    const result = await readCertificateFile(bytesOf(text));
    const json = JSON.stringify(result, (_, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
    expect(json).not.toContain(SECRET_KEY_BODY);
    expect(json).not.toContain(Buffer.from(SECRET_KEY_BODY, 'base64').toString('latin1'));
  });

  it('keeps the DER bytes and full summary of each certificate', async () => {
    const result = await readCertificateFile(bytesOf(toPemText(leaf.der)));
    expect([...result.certificates[0]!.der]).toEqual([...leaf.der]);
    expect(result.certificates[0]!.summary).toMatchObject({ commonName: 'www.example.ac.jp', isCa: false, sha256: sha(leaf.der) });
  });
});

describe('readCertificateFile fuzz', () => {
  const check = async (bytes: Uint8Array): Promise<void> => {
    const result = await readCertificateFile(bytes);
    expect(result.certificates.length + result.issues.length).toBeGreaterThan(0);
  };

  it('never throws on random bytes', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), check), { numRuns: FUZZ_RUNS });
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
      { numRuns: FUZZ_RUNS },
    );
  });

  it('still finds a valid PEM embedded in noise', async () => {
    const noise = fc.string({ maxLength: 60 }).filter((s) => !s.includes('-----'));
    await fc.assert(
      fc.asyncProperty(noise, noise, async (before, after) => {
        const result = await readCertificateFile(bytesOf(`${before}\n${toPemText(leaf.der)}${after}`));
        expect(result.certificates.map((c) => c.summary.sha256)).toEqual([sha(leaf.der)]);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
