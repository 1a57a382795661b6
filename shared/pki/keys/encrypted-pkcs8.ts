import { decodeOid } from '../der/der-oid';
import { contentOf, readChildren, readElement, type DerElement } from '../der/der-reader';
import { decryptAesCbc } from './aes-cbc';
import { classifyDer } from '../classify-der';

/** Why an encrypted key could not be opened: a wrong passphrase, or a scheme this app cannot decrypt (named in `scheme`). */
export type DecryptFailure = { readonly reason: 'wrong-passphrase' } | { readonly reason: 'unsupported'; readonly scheme: string } | { readonly reason: 'malformed' };

/** Outcome of decrypting: the plain PKCS#8 / PKCS#1 / SEC1 DER (the caller must wipe it after use), or why not. */
export type DecryptOutcome = { readonly ok: true; readonly der: Uint8Array } | { readonly ok: false; readonly failure: DecryptFailure };

const OID = {
  pbes2: '1.2.840.113549.1.5.13',
  pbkdf2: '1.2.840.113549.1.5.12',
  scrypt: '1.3.6.1.4.1.11591.4.11',
  desEde3Cbc: '1.2.840.113549.3.7',
} as const;
// RFC 8018 §B.1.1–B.1.2: the PBKDF2 PRFs, hmacWithSHA1 being the default when absent.
const PRF_HASH: Readonly<Record<string, string>> = {
  '1.2.840.113549.2.7': 'SHA-1',
  '1.2.840.113549.2.9': 'SHA-256',
  '1.2.840.113549.2.10': 'SHA-384',
  '1.2.840.113549.2.11': 'SHA-512',
};
// NIST AES-CBC OIDs (RFC 3565 §4.1) → key length in bytes.
const AES_CBC_KEY_BYTES: Readonly<Record<string, number>> = {
  '2.16.840.1.101.3.4.1.2': 16,
  '2.16.840.1.101.3.4.1.22': 24,
  '2.16.840.1.101.3.4.1.42': 32,
};
// Refuse absurd iteration counts so a hostile file cannot freeze the app.
const MAX_ITERATIONS = 10_000_000;

const MALFORMED: DecryptOutcome = { ok: false, failure: { reason: 'malformed' } };

function kids(bytes: Uint8Array, element: DerElement | undefined): DerElement[] | null {
  if (!element) return null;
  const list = readChildren(bytes, element);
  return typeof list === 'string' ? null : list;
}

const oidOf = (bytes: Uint8Array, element: DerElement | undefined): string | null =>
  element && element.tag === 0x06 ? decodeOid(bytes, element.contentStart, element.end) : null;

function smallInteger(bytes: Uint8Array, element: DerElement | undefined): number | null {
  if (!element || element.tag !== 0x02 || element.end - element.contentStart > 6) return null;
  let value = 0;
  for (let i = element.contentStart; i < element.end; i++) value = value * 256 + bytes[i]!;
  return value;
}

/** True when `der` is exactly one well-formed element of the private-key shape (a correct decryption). */
export function isPlainKeyDer(der: Uint8Array): boolean {
  const top = readElement(der, 0);
  return typeof top !== 'string' && top.end === der.length && classifyDer(der) === 'private-key';
}

/**
 * Decrypts a PKCS#8 EncryptedPrivateKeyInfo (RFC 5958 §3) protected by PBES2 (RFC 8018 §6.2) with
 * PBKDF2 and AES-CBC, using WebCrypto. The passphrase is taken as UTF-8, as OpenSSL does.
 */
export async function decryptPkcs8(der: Uint8Array, passphrase: string): Promise<DecryptOutcome> {
  const top = readElement(der, 0);
  if (typeof top === 'string') return MALFORMED;
  const [algorithm, encrypted] = kids(der, top) ?? [];
  const algorithmItems = kids(der, algorithm);
  if (!algorithmItems || !encrypted || encrypted.tag !== 0x04) return MALFORMED;
  const schemeOid = oidOf(der, algorithmItems[0]);
  if (schemeOid !== OID.pbes2) return { ok: false, failure: { reason: 'unsupported', scheme: `PBES1/PKCS#12 (${schemeOid ?? '?'})` } };
  const [kdf, cipher] = kids(der, algorithmItems[1]) ?? [];
  const kdfItems = kids(der, kdf);
  const cipherItems = kids(der, cipher);
  if (!kdfItems || !cipherItems) return MALFORMED;
  const kdfOid = oidOf(der, kdfItems[0]);
  if (kdfOid !== OID.pbkdf2) return { ok: false, failure: { reason: 'unsupported', scheme: kdfOid === OID.scrypt ? 'scrypt' : `KDF ${kdfOid ?? '?'}` } };
  const cipherOid = oidOf(der, cipherItems[0]);
  const keyBytes = cipherOid ? AES_CBC_KEY_BYTES[cipherOid] : undefined;
  if (keyBytes === undefined) return { ok: false, failure: { reason: 'unsupported', scheme: cipherOid === OID.desEde3Cbc ? 'DES-EDE3-CBC' : `cipher ${cipherOid ?? '?'}` } };
  const iv = cipherItems[1];
  const params = kids(der, kdfItems[1]);
  if (!params || !iv || iv.tag !== 0x04 || params[0]?.tag !== 0x04) return MALFORMED;
  const salt = contentOf(der, params[0]);
  const iterations = smallInteger(der, params[1]);
  if (iterations === null || iterations < 1) return MALFORMED;
  if (iterations > MAX_ITERATIONS) return { ok: false, failure: { reason: 'unsupported', scheme: `PBKDF2 with ${iterations} iterations` } };
  // Optional keyLength INTEGER, then optional prf AlgorithmIdentifier (RFC 8018 §A.2).
  const prfElement = params.slice(2).find((element) => element.tag === 0x30);
  const prfOid = prfElement ? oidOf(der, kids(der, prfElement)?.[0]) : '1.2.840.113549.2.7';
  const hash = prfOid ? PRF_HASH[prfOid] : undefined;
  if (!hash) return { ok: false, failure: { reason: 'unsupported', scheme: `PBKDF2 PRF ${prfOid ?? '?'}` } };
  const password = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveBits']);
  const key = new Uint8Array(await crypto.subtle.deriveBits({ name: 'PBKDF2', salt: new Uint8Array(salt), iterations, hash }, password, keyBytes * 8));
  const outcome = await decryptAesCbc(key, contentOf(der, iv), contentOf(der, encrypted));
  key.fill(0);
  if (!outcome.ok) {
    return outcome.reason === 'unsupported'
      ? { ok: false, failure: { reason: 'unsupported', scheme: `AES-${keyBytes * 8}-CBC` } }
      : { ok: false, failure: { reason: 'wrong-passphrase' } };
  }
  if (!isPlainKeyDer(outcome.plaintext)) {
    outcome.plaintext.fill(0);
    return { ok: false, failure: { reason: 'wrong-passphrase' } };
  }
  return { ok: true, der: outcome.plaintext };
}
