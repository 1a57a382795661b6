import { md5 } from '@noble/hashes/legacy.js';
import { decryptAesCbc } from './aes-cbc';
import type { DecryptOutcome } from './encrypted-pkcs8';
import { isPlainKeyDer } from './encrypted-pkcs8';
import { concatBytes } from '../../encoding/bytes';

// OpenSSL's legacy PEM encryption ciphers (PEM_read_bio_PrivateKey, "DEK-Info"): key length in bytes.
const AES_KEY_BYTES: Readonly<Record<string, number>> = { 'AES-128-CBC': 16, 'AES-192-CBC': 24, 'AES-256-CBC': 32 };

/**
 * OpenSSL's EVP_BytesToKey with MD5 and one iteration: D_i = MD5(D_{i-1} || passphrase || salt),
 * concatenated up to `length` bytes, where the salt is the first 8 bytes of the IV (crypto/pem/pem_lib.c).
 */
export function evpBytesToKey(passphrase: Uint8Array, salt: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(length);
  let previous = new Uint8Array(0);
  for (let filled = 0; filled < length; ) {
    previous = md5(concatBytes([previous, passphrase, salt]));
    const take = Math.min(previous.length, length - filled);
    out.set(previous.subarray(0, take), filled);
    filled += take;
  }
  previous.fill(0);
  return out;
}

function hexBytes(hex: string): Uint8Array | null {
  if (!/^([0-9a-f]{2})+$/i.test(hex)) return null;
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/**
 * Decrypts the body of a legacy OpenSSL encrypted PEM key (RFC 1421 headers "Proc-Type: 4,ENCRYPTED"
 * and "DEK-Info: AES-256-CBC,<IV hex>"). AES-128/192/256-CBC are supported through WebCrypto; DES and
 * DES-EDE3 are not in WebCrypto and are reported as unsupported.
 */
export async function decryptLegacyPem(body: Uint8Array, dekInfo: string, passphrase: string): Promise<DecryptOutcome> {
  const [cipherName = '', ivHex = ''] = dekInfo.split(',').map((part) => part.trim());
  const cipher = cipherName.toUpperCase();
  const keyBytes = AES_KEY_BYTES[cipher];
  if (keyBytes === undefined) return { ok: false, failure: { reason: 'unsupported', scheme: cipher || 'unknown cipher' } };
  const iv = hexBytes(ivHex);
  if (!iv || iv.length !== 16) return { ok: false, failure: { reason: 'malformed' } };
  const password = new TextEncoder().encode(passphrase);
  const key = evpBytesToKey(password, iv.subarray(0, 8), keyBytes);
  password.fill(0);
  const outcome = await decryptAesCbc(key, iv, body);
  key.fill(0);
  if (!outcome.ok) {
    return outcome.reason === 'unsupported' ? { ok: false, failure: { reason: 'unsupported', scheme: cipher } } : { ok: false, failure: { reason: 'wrong-passphrase' } };
  }
  if (!isPlainKeyDer(outcome.plaintext)) {
    outcome.plaintext.fill(0);
    return { ok: false, failure: { reason: 'wrong-passphrase' } };
  }
  return { ok: true, der: outcome.plaintext };
}
