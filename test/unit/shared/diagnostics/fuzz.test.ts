import { x509 } from '../../../../shared/pki/x509-library';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchKey } from '../../../../shared/diagnostics/key-match';
import { readCertificatesLeniently } from '../../../../shared/diagnostics/pem-doctor';
import { readPkcs7Certificates } from '../../../../shared/pki/pkcs7';
import { loadCrl } from '../../../../shared/diagnostics/crl-check';
import { bytesOf, exportKey, makeChain, pemOf, type Issued } from './make-pki';
import { FUZZ_RUNS as RUNS } from '../../../support/fuzz-runs';

const DOCTOR_CODES = new Set(['pem-repaired', 'not-a-certificate', 'truncated', 'pem-corrupt', 'no-certificate-found', 'pkcs7-read', 'input-over-limit']);
const KEY_CODES = new Set(['key-match', 'key-mismatch', 'key-passphrase-required', 'key-passphrase-wrong', 'key-encryption-unsupported', 'key-type-unsupported', 'key-file-is-certificate', 'key-unreadable']);

let leaf: Issued;
let intermediate: Issued;
let pem: string;
let p7b: Uint8Array;
let keyTexts: string[];
let originals: Set<string>;

beforeAll(async () => {
  const chain = await makeChain('rsa2048');
  leaf = chain.leaf;
  intermediate = chain.intermediate;
  pem = pemOf(leaf.der);
  originals = new Set(await Promise.all([leaf.der, intermediate.der].map(async (der) => Buffer.from(await crypto.subtle.digest('SHA-256', der)).toString('hex'))));
  p7b = new Uint8Array(new x509.X509Certificates([leaf.cert, intermediate.cert]).export('raw'));
  keyTexts = await Promise.all(
    (['pkcs8-pem', 'pkcs1-pem', 'encrypted-pkcs8-aes256', 'legacy-aes256'] as const).map(async (form) => Buffer.from(await exportKey(leaf.keys, form)).toString('utf8')),
  );
});

/** A text edit: insert, delete or replace characters at a position, using characters PEM damage is made of. */
const mutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 8 }),
  insert: fc.string({ unit: fc.constantFrom('-', '\n', '\r', ' ', '\t', '>', '=', 'A', '/', '+', '\ufeff', '\u3000', 'B', 'E', 'G', 'I', 'N'), maxLength: 6 }),
});

/**
 * Layout damage only: characters outside the base64 alphabet, and deletions too short to keep base64
 * aligned. Such damage can be repaired or refused, but never turn into another certificate (replacing
 * base64 characters by others can, and only a signature check can catch that: see chain.ts).
 */
const layoutMutation = fc.record({
  at: fc.nat(),
  remove: fc.nat({ max: 3 }),
  insert: fc.string({ unit: fc.constantFrom('-', '\n', '\r', '\r\n', ' ', '\t', '>', '> ', '\ufeff', '\u3000', '\u200b', '|', '-----'), maxLength: 6 }),
});

function mutate(text: string, edits: { at: number; remove: number; insert: string }[]): string {
  let out = text;
  for (const edit of edits) {
    const at = edit.at % (out.length + 1);
    out = out.slice(0, at) + edit.insert + out.slice(at + edit.remove);
  }
  return out;
}

function expectTypedFindings(findings: readonly { code: string; severity: string; message: { ja: string; en: string } }[], codes: Set<string>): void {
  for (const finding of findings) {
    expect(codes.has(finding.code)).toBe(true);
    expect(finding.message.ja.length).toBeGreaterThan(0);
    expect(finding.message.en.length).toBeGreaterThan(0);
  }
}

describe('PEM doctor fuzz', () => {
  it('never throws on random bytes and always answers with typed findings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const read = await readCertificatesLeniently('random.bin', bytes);
        expectTypedFindings(read.findings, DOCTOR_CODES);
        expect(read.certificates.length > 0 || read.findings.some((f) => f.severity === 'error')).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on random text and always answers with typed findings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 600 }), async (text) => {
        const read = await readCertificatesLeniently('random.txt', bytesOf(text));
        expectTypedFindings(read.findings, DOCTOR_CODES);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on mutated certificate PEM and always answers with typed findings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 5 }), async (edits) => {
        const text = mutate(pem + pemOf(intermediate.der), edits);
        const read = await readCertificatesLeniently('mutated.pem', bytesOf(text));
        expectTypedFindings(read.findings, DOCTOR_CODES);
      }),
      { numRuns: RUNS },
    );
  });

  it('under layout damage returns only the original certificates, as strict PEM', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(layoutMutation, { minLength: 1, maxLength: 5 }), async (edits) => {
        const text = mutate(pem + pemOf(intermediate.der), edits);
        const read = await readCertificatesLeniently('mutated.pem', bytesOf(text));
        expectTypedFindings(read.findings, DOCTOR_CODES);
        for (const certificate of read.certificates) expect(originals.has(certificate.summary.sha256)).toBe(true);
        // The repaired text is strict PEM, block by block.
        for (const block of read.text.split(/(?<=-----END CERTIFICATE-----\n)/).filter(Boolean)) {
          expect(block).toMatch(/^-----BEGIN CERTIFICATE-----\n([A-Za-z0-9+/=]{1,64}\n)+-----END CERTIFICATE-----\n$/);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('finds a valid certificate embedded in noise', async () => {
    const noise = fc.string({ unit: fc.constantFrom('a', 'Z', '0', ' ', '\n', '\r\n', '>', ':', '.', 'あ', '証', '\t', '='), maxLength: 300 });
    await fc.assert(
      fc.asyncProperty(noise, noise, fc.constantFrom('\n', '\r\n'), async (before, after, eol) => {
        const text = `${before}\n${pem.replace(/\n/g, eol)}\n${after}`;
        const read = await readCertificatesLeniently('mail.txt', bytesOf(text));
        expect(read.certificates.map((c) => c.summary.subjectDn)).toEqual([leaf.cert.subject]);
        expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('PKCS#7 reader fuzz', () => {
  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1024 }), (bytes) => {
        const read = readPkcs7Certificates(bytes);
        expect(read.ok ? read.certificates.length > 0 : ['malformed', 'empty'].includes(read.reason)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on a mutated bundle, through the PEM doctor too', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), { minLength: 1, maxLength: 6 }), fc.nat(), async (edits, cut) => {
        const bytes = p7b.slice(0, p7b.length - (cut % 64));
        for (const edit of edits) bytes[edit.at % bytes.length] = edit.value;
        const read = readPkcs7Certificates(bytes);
        expect(typeof read.ok).toBe('boolean');
        const lenient = await readCertificatesLeniently('bundle.p7b', bytes);
        expectTypedFindings(lenient.findings, DOCTOR_CODES);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws in the CRL reader on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        const read = loadCrl(bytes);
        if (!read.ok) expect(read.error.code).toBe('crl-unreadable');
      }),
      { numRuns: RUNS },
    );
  });
});

describe('key reader fuzz', () => {
  it('never throws on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 1024 }), fc.option(fc.string({ maxLength: 8 }), { nil: undefined }), async (bytes, passphrase) => {
        const result = await matchKey(leaf.der, { name: 'random.key', bytes }, passphrase);
        expect(KEY_CODES.has(result.finding.code)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('never throws on mutated key files (plain, encrypted, legacy encrypted)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: 3 }), fc.array(mutation, { minLength: 1, maxLength: 4 }), fc.boolean(), async (which, edits, withPassphrase) => {
        const text = mutate(keyTexts[which]!, edits);
        const result = await matchKey(leaf.der, { name: 'server.key', bytes: bytesOf(text) }, withPassphrase ? 'correct horse' : undefined);
        expect(KEY_CODES.has(result.finding.code)).toBe(true);
        // A mutated key can never be reported as matching some other key; it matches only when intact in substance.
        if (result.status === 'match') expect(result.keySpkiSha256).toBe(result.certificateSpkiSha256);
      }),
      { numRuns: RUNS },
    );
  });
});
