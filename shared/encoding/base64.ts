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

// Lookup table for the fast path: 6-bit value, or 64 (bit 6 set) for anything that is not a digit
// (whitespace, '=', other characters), so OR-ing four lookups tells in one test whether a quad is clean.
const NOT_DIGIT = 64;
const QUAD_TABLE = (() => {
  const table = new Uint8Array(256).fill(NOT_DIGIT);
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i;
  return table;
})();

/**
 * Decodes base64 text (whitespace ignored, padding optional) into bytes.
 * Returns an error value instead of throwing for anything that is not base64.
 */
export function decodeBase64(text: string): { ok: true; value: Uint8Array } | { ok: false; error: Base64Error } {
  return decodeCleanBase64(text) ?? decodeCarefully(text);
}

/**
 * The fast path for the usual one-line cell: four characters per step, no whitespace, padding only at
 * the end. Null for anything else (wrapped lines, bad characters, odd lengths): the careful loop then
 * decides, so both paths give the same bytes and the careful one alone words the errors.
 */
function decodeCleanBase64(text: string): { ok: true; value: Uint8Array } | null {
  const length = text.length;
  if (length === 0 || length % 4 !== 0) return null;
  const padding = text.charCodeAt(length - 1) !== 61 /* = */ ? 0 : text.charCodeAt(length - 2) !== 61 ? 1 : 2;
  const out = new Uint8Array((length / 4) * 3 - padding);
  const fullQuads = padding === 0 ? length : length - 4;
  const table = QUAD_TABLE;
  let o = 0;
  for (let i = 0; i < fullQuads; i += 4) {
    const c0 = text.charCodeAt(i);
    const c1 = text.charCodeAt(i + 1);
    const c2 = text.charCodeAt(i + 2);
    const c3 = text.charCodeAt(i + 3);
    if ((c0 | c1 | c2 | c3) > 255) return null;
    const v0 = table[c0]!;
    const v1 = table[c1]!;
    const v2 = table[c2]!;
    const v3 = table[c3]!;
    if ((v0 | v1 | v2 | v3) & NOT_DIGIT) return null;
    const triple = (v0 << 18) | (v1 << 12) | (v2 << 6) | v3;
    out[o++] = triple >> 16;
    out[o++] = (triple >> 8) & 0xff;
    out[o++] = triple & 0xff;
  }
  if (padding === 0) return { ok: true, value: out };
  // The last quad: "xy==" gives one byte, "xyz=" two (RFC 4648 §4).
  const c0 = text.charCodeAt(fullQuads);
  const c1 = text.charCodeAt(fullQuads + 1);
  const c2 = padding === 1 ? text.charCodeAt(fullQuads + 2) : 65; /* A: a zero digit */
  if ((c0 | c1 | c2) > 255) return null;
  const v0 = table[c0]!;
  const v1 = table[c1]!;
  const v2 = table[c2]!;
  if ((v0 | v1 | v2) & NOT_DIGIT) return null;
  const triple = (v0 << 18) | (v1 << 12) | (v2 << 6);
  out[o++] = triple >> 16;
  if (padding === 1) out[o++] = (triple >> 8) & 0xff;
  return { ok: true, value: out };
}

/** The general decoder: one character at a time, skipping whitespace, locating the first error. */
function decodeCarefully(text: string): { ok: true; value: Uint8Array } | { ok: false; error: Base64Error } {
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
