import { createHash, createPrivateKey, X509Certificate } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { matchKey } from '../../../../shared/diagnostics/key-match';
import { bytesOf, exportKey, issue, makeCsr, makeKeys, type Issued, type KeyExport, type KeyKind } from './make-pki';

const PASS = 'correct horse';
const pki: Partial<Record<KeyKind, { cert: Issued; other: CryptoKeyPair }>> = {};

beforeAll(async () => {
  for (const kind of ['rsa2048', 'ec-p256', 'ec-p384'] as const) {
    const cert = await issue({ subject: `CN=${kind}.example.ac.jp`, kind, dnsNames: [`${kind}.example.ac.jp`] });
    pki[kind] = { cert, other: await makeKeys(kind) };
  }
});

/** SEC1 DER of an EC key with its optional [1] publicKey removed (what `openssl ec -no_public` writes). */
async function sec1WithoutPublicKey(keys: CryptoKeyPair): Promise<Uint8Array> {
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', keys.privateKey));
  const der = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }).export({ type: 'sec1', format: 'der' });
  // SEQUENCE { INTEGER 1, OCTET STRING d, [0] curve, [1] public } — rebuild without [1].
  const bytes = new Uint8Array(der);
  const children: Uint8Array[] = [];
  let pos = bytes[1]! & 0x80 ? 2 + (bytes[1]! & 0x7f) : 2;
  while (pos < bytes.length) {
    const lengthByte = bytes[pos + 1]!;
    const headerLength = lengthByte & 0x80 ? 2 + (lengthByte & 0x7f) : 2;
    const length = lengthByte & 0x80 ? bytes.subarray(pos + 2, pos + headerLength).reduce((n, b) => n * 256 + b, 0) : lengthByte;
    children.push(bytes.subarray(pos, pos + headerLength + length));
    pos += headerLength + length;
  }
  const body = Buffer.concat(children.filter((child) => child[0] !== 0xa1));
  const pem = `-----BEGIN EC PRIVATE KEY-----\n${Buffer.concat([Buffer.from([0x30, body.length]), body]).toString('base64')}\n-----END EC PRIVATE KEY-----\n`;
  return bytesOf(pem);
}

type Case = { name: string; kind: KeyKind; key: (c: Issued, other: CryptoKeyPair) => Promise<Uint8Array>; passphrase?: string; want: { code: string; status: string } };
const own = (form: KeyExport) => (c: Issued) => exportKey(c.keys, form, PASS);

const cases: Case[] = [
  { name: 'matches an RSA PKCS#8 PEM key', kind: 'rsa2048', key: own('pkcs8-pem'), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an RSA PKCS#8 DER key', kind: 'rsa2048', key: own('pkcs8-der'), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an RSA PKCS#1 PEM key', kind: 'rsa2048', key: own('pkcs1-pem'), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an encrypted PKCS#8 key (AES-256) with the right passphrase', kind: 'rsa2048', key: own('encrypted-pkcs8-aes256'), passphrase: PASS, want: { code: 'key-match', status: 'match' } },
  { name: 'matches an encrypted PKCS#8 key (AES-128) with the right passphrase', kind: 'ec-p256', key: own('encrypted-pkcs8-aes128'), passphrase: PASS, want: { code: 'key-match', status: 'match' } },
  { name: 'matches a legacy encrypted RSA PEM (AES-256-CBC) with the right passphrase', kind: 'rsa2048', key: own('legacy-aes256'), passphrase: PASS, want: { code: 'key-match', status: 'match' } },
  { name: 'matches a legacy encrypted EC PEM (AES-128-CBC) with the right passphrase', kind: 'ec-p384', key: own('legacy-aes128'), passphrase: PASS, want: { code: 'key-match', status: 'match' } },
  { name: 'matches an EC P-256 PKCS#8 key', kind: 'ec-p256', key: own('pkcs8-pem'), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an EC P-384 SEC1 key', kind: 'ec-p384', key: own('sec1-pem'), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an EC SEC1 key without a stored public key (derived by WebCrypto)', kind: 'ec-p256', key: (c) => sec1WithoutPublicKey(c.keys), want: { code: 'key-match', status: 'match' } },
  { name: 'matches the CSR made from the same key', kind: 'rsa2048', key: async (c) => bytesOf(await makeCsr(c.keys, 'rsa2048')), want: { code: 'key-match', status: 'match' } },
  { name: 'matches an ECDSA CSR made from the same key', kind: 'ec-p384', key: async (c) => bytesOf(await makeCsr(c.keys, 'ec-p384')), want: { code: 'key-match', status: 'match' } },
  { name: 'reports a mismatch for another RSA key', kind: 'rsa2048', key: (_c, other) => exportKey(other, 'pkcs8-pem'), want: { code: 'key-mismatch', status: 'mismatch' } },
  { name: 'reports a mismatch for another EC key', kind: 'ec-p256', key: (_c, other) => exportKey(other, 'sec1-pem'), want: { code: 'key-mismatch', status: 'mismatch' } },
  { name: 'reports a mismatch for a CSR of another key', kind: 'rsa2048', key: async (_c, other) => bytesOf(await makeCsr(other, 'rsa2048')), want: { code: 'key-mismatch', status: 'mismatch' } },
  { name: 'asks for the passphrase of an encrypted PKCS#8 key', kind: 'rsa2048', key: own('encrypted-pkcs8-aes256'), want: { code: 'key-passphrase-required', status: 'unreadable' } },
  { name: 'asks for the passphrase of a legacy encrypted PEM', kind: 'rsa2048', key: own('legacy-aes256'), want: { code: 'key-passphrase-required', status: 'unreadable' } },
  { name: 'reports a wrong passphrase for encrypted PKCS#8', kind: 'rsa2048', key: own('encrypted-pkcs8-aes256'), passphrase: 'wrong', want: { code: 'key-passphrase-wrong', status: 'unreadable' } },
  { name: 'reports a wrong passphrase for a legacy encrypted PEM', kind: 'ec-p256', key: own('legacy-aes256'), passphrase: 'wrong', want: { code: 'key-passphrase-wrong', status: 'unreadable' } },
  { name: 'reports DES-EDE3 legacy encryption as unsupported', kind: 'rsa2048', key: own('legacy-des3'), passphrase: PASS, want: { code: 'key-encryption-unsupported', status: 'unreadable' } },
  { name: 'says so when the certificate itself is given as the key', kind: 'rsa2048', key: async (c) => bytesOf(c.pem), want: { code: 'key-file-is-certificate', status: 'unreadable' } },
  { name: 'says so when the certificate DER is given as the key', kind: 'rsa2048', key: async (c) => c.der, want: { code: 'key-file-is-certificate', status: 'unreadable' } },
  { name: 'refuses a text that is no key at all', kind: 'rsa2048', key: async () => bytesOf('hello\n'), want: { code: 'key-unreadable', status: 'unreadable' } },
];

describe('matchKey', () => {
  for (const { name, kind, key, passphrase, want } of cases) {
    it(name, async () => {
      const { cert, other } = pki[kind]!;
      const result = await matchKey(cert.der, { name: 'server.key', bytes: await key(cert, other) }, passphrase);
      expect(result.finding.code).toBe(want.code);
      expect(result.status).toBe(want.status);
      expect(result.finding.message.ja.length).toBeGreaterThan(0);
      expect(result.finding.message.en.length).toBeGreaterThan(0);
    });
  }

  it('gives the SPKI SHA-256 that OpenSSL computes for the certificate public key', async () => {
    const { cert } = pki.rsa2048!;
    const result = await matchKey(cert.der, { name: 'k.pem', bytes: await exportKey(cert.keys, 'pkcs8-pem') });
    const spki = new X509Certificate(Buffer.from(cert.der)).publicKey;
    expect(result.keySpkiSha256).toBe(result.certificateSpkiSha256);
    expect(result.certificateSpkiSha256).toBe(createHash('sha256').update(spki.export({ type: 'spki', format: 'der' })).digest('hex'));
  });

  it('explains the Apache and nginx mismatch errors in the mismatch finding', async () => {
    const { cert, other } = pki.rsa2048!;
    const result = await matchKey(cert.der, { name: 'k.pem', bytes: await exportKey(other, 'pkcs1-pem') });
    expect(result.finding.message.en).toContain('AH02565');
    expect(result.finding.message.en).toContain('key values mismatch');
    expect(result.finding.advice?.ja).toContain('CSR');
  });
});

describe('matchKey never leaks the private key', () => {
  const forms: KeyExport[] = ['pkcs8-pem', 'pkcs1-pem', 'encrypted-pkcs8-aes256', 'legacy-aes256'];
  for (const form of forms) {
    it(`keeps no trace of a ${form} RSA key in the result, matched or not`, async () => {
      const { cert, other } = pki.rsa2048!;
      for (const keys of [cert.keys, other]) {
        const bytes = await exportKey(keys, form, PASS);
        const pem = Buffer.from(bytes).toString('utf8');
        const body = pem.split('\n').filter((line) => line && !line.includes(':') && !line.startsWith('-----'));
        const jwk = (await crypto.subtle.exportKey('jwk', keys.privateKey)) as JsonWebKey;
        const privateExponentHex = Buffer.from(jwk.d!, 'base64url').toString('hex');
        const primeHex = Buffer.from(jwk.p!, 'base64url').toString('hex');
        for (const passphrase of [PASS, 'wrong', undefined]) {
          const result = await matchKey(cert.der, { name: 'server.key', bytes }, passphrase);
          const json = JSON.stringify(result);
          for (const line of body) expect(json).not.toContain(line);
          expect(json).not.toContain(privateExponentHex);
          expect(json).not.toContain(primeHex);
          expect(json).not.toContain(privateExponentHex.slice(0, 32));
          expect(json).not.toContain(PASS);
          expect(Object.keys(result).sort()).toEqual(['certificateSpkiSha256', 'finding', 'keySpkiSha256', 'source', 'status']);
        }
      }
    });
  }

  it('keeps no modulus hex of the key in the result (only its SPKI hash)', async () => {
    const { cert, other } = pki.rsa2048!;
    const jwk = (await crypto.subtle.exportKey('jwk', other.privateKey)) as JsonWebKey;
    const modulusHex = Buffer.from(jwk.n!, 'base64url').toString('hex');
    const result = await matchKey(cert.der, { name: 'k', bytes: await exportKey(other, 'pkcs8-pem') });
    expect(JSON.stringify(result)).not.toContain(modulusHex.slice(0, 40));
    expect(JSON.stringify(result)).not.toContain(jwk.n!.slice(0, 40));
  });

  it('does not modify the caller’s key bytes while wiping its own copies', async () => {
    const { cert } = pki.rsa2048!;
    const bytes = await exportKey(cert.keys, 'pkcs8-der');
    const before = Buffer.from(bytes).toString('hex');
    await matchKey(cert.der, { name: 'k.der', bytes });
    expect(Buffer.from(bytes).toString('hex')).toBe(before);
  });
});
