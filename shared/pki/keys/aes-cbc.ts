/** AES-CBC decryption through WebCrypto, for encrypted private keys (RFC 8018 §6.2, OpenSSL's legacy PEM encryption). */

/** Thrown-free outcome: the plaintext, `bad-padding` (almost always a wrong passphrase), or `unsupported` (key size the platform lacks, e.g. AES-192 in Chromium). */
export type AesCbcOutcome = { readonly ok: true; readonly plaintext: Uint8Array } | { readonly ok: false; readonly reason: 'bad-padding' | 'unsupported' };

/** Decrypts AES-CBC with PKCS#7 padding (RFC 5652 §6.3) using key bytes and a 16-byte IV. */
export async function decryptAesCbc(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Promise<AesCbcOutcome> {
  let handle;
  try {
    handle = await crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'AES-CBC' }, false, ['decrypt']);
  } catch {
    return { ok: false, reason: 'unsupported' };
  }
  try {
    const plain = await crypto.subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(iv) }, handle, new Uint8Array(data));
    return { ok: true, plaintext: new Uint8Array(plain) };
  } catch {
    return { ok: false, reason: 'bad-padding' };
  }
}
