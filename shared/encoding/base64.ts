/** Base64 (RFC 4648 §4) without Buffer or atob, so it runs the same in the renderer, worker and CLI. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INVALID = 255;
const SKIP = 254;

// Lookup table from char code to 6-bit value; whitespace is skipped (wrapped PEM bodies).
const DECODE_TABLE = (() => {
  const table = new Uint8Array(256).fill(INVALID);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  // The URL-safe alphabet (RFC 4648 §5) is deliberately NOT accepted: PEM and TSV cells never use it,
  // and reading '-' as a digit would turn a stray dash from a damaged PEM footer into different bytes.
  for (const ws of [' ', '\t', '\r', '\n']) table[ws.charCodeAt(0)] = SKIP;
  return table;
})();

/** Why a base64 text could not be decoded, with the 0-based offset of the first bad character. */
export interface Base64Error {
  readonly reason: 'invalid-character' | 'bad-length' | 'bad-padding';
  readonly offset: number;
}

/**
 * Decodes base64 text (whitespace ignored, padding optional) into bytes.
 * Returns an error value instead of throwing for anything that is not base64.
 */
export function decodeBase64(text: string): { ok: true; value: Uint8Array } | { ok: false; error: Base64Error } {
  const out = new Uint8Array(Math.floor((text.length * 3) / 4) + 3);
  let outLength = 0;
  let buffer = 0;
  let bits = 0;
  let padding = 0;
  let significant = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 61 /* = */) {
      padding++;
      continue;
    }
    const value = code < 256 ? DECODE_TABLE[code]! : INVALID;
    if (value === SKIP) continue;
    if (value === INVALID || padding > 0) return { ok: false, error: { reason: padding > 0 ? 'bad-padding' : 'invalid-character', offset: i } };
    buffer = (buffer << 6) | value;
    bits += 6;
    significant++;
    if (bits >= 8) {
      bits -= 8;
      out[outLength++] = (buffer >> bits) & 0xff;
    }
  }
  const remainder = significant % 4;
  if (remainder === 1) return { ok: false, error: { reason: 'bad-length', offset: text.length } };
  if (padding > 2 || (padding > 0 && (significant + padding) % 4 !== 0)) {
    return { ok: false, error: { reason: 'bad-padding', offset: text.length } };
  }
  return { ok: true, value: out.subarray(0, outLength) };
}

/** Encodes bytes as one line of standard base64 with padding. */
export function encodeBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!;
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0;
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0;
    const triple = (a << 16) | (b << 8) | c;
    chunk +=
      ALPHABET[(triple >> 18) & 63]! +
      ALPHABET[(triple >> 12) & 63]! +
      (i + 1 < bytes.length ? ALPHABET[(triple >> 6) & 63]! : '=') +
      (i + 2 < bytes.length ? ALPHABET[triple & 63]! : '=');
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  parts.push(chunk);
  return parts.join('');
}
