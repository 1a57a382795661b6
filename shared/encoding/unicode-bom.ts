/** A Unicode encoding named by a byte-order mark at the start of a file. */
export type BomEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be';

/** The encoding a byte-order mark names and how many bytes the mark takes. */
export interface DetectedBom {
  readonly encoding: BomEncoding;
  readonly length: number;
}

/**
 * The byte-order mark at the start of `bytes`, or null. UTF-32 LE (FF FE 00 00) is tested before
 * UTF-16 LE (FF FE) because its first two bytes are the UTF-16 mark (Unicode §23.8, Table 23-6).
 */
export function detectUnicodeBom(bytes: Uint8Array): DetectedBom | null {
  const [b0, b1, b2, b3] = [bytes[0], bytes[1], bytes[2], bytes[3]];
  if (b0 === 0x00 && b1 === 0x00 && b2 === 0xfe && b3 === 0xff) return { encoding: 'utf-32be', length: 4 };
  if (b0 === 0xff && b1 === 0xfe && b2 === 0x00 && b3 === 0x00) return { encoding: 'utf-32le', length: 4 };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b0 === 0xff && b1 === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b0 === 0xfe && b1 === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** True for a BMP code point that text holds: TAB, LF, CR or anything from U+0020 on (not NUL or another C0 control). */
function isTextCodePoint(code: number): boolean {
  return code === 0x09 || code === 0x0a || code === 0x0d || code >= 0x20;
}

/**
 * True for UTF-32 text without a mark: most 4-byte groups are a text character of the BMP (two zero
 * high bytes), so a table of small binary integers is not mistaken for it.
 */
export function looksLikeUtf32WithoutBom(bytes: Uint8Array, sampleBytes = 8192): boolean {
  const groups = Math.floor(Math.min(bytes.length, sampleBytes) / 4);
  if (groups < 2) return false;
  let littleEndian = 0;
  let bigEndian = 0;
  for (let group = 0; group < groups; group++) {
    const at = group * 4;
    if (bytes[at + 2] === 0 && bytes[at + 3] === 0 && isTextCodePoint(bytes[at]! | (bytes[at + 1]! << 8))) littleEndian++;
    if (bytes[at] === 0 && bytes[at + 1] === 0 && isTextCodePoint((bytes[at + 2]! << 8) | bytes[at + 3]!)) bigEndian++;
  }
  return Math.max(littleEndian, bigEndian) >= groups * 0.6;
}

/**
 * Text of UTF-32 bytes (after any mark) in the given byte order; a code point that is not a Unicode
 * scalar value becomes U+FFFD, as TextDecoder does for the encodings it knows (it has no UTF-32).
 */
export function decodeUtf32(bytes: Uint8Array, byteOrder: 'le' | 'be'): string {
  const parts: string[] = [];
  let run: number[] = [];
  const whole = bytes.length - (bytes.length % 4);
  for (let at = 0; at < whole; at += 4) {
    const code =
      byteOrder === 'le'
        ? (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0
        : ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
    run.push(code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code);
    // Chunks keep String.fromCodePoint's argument list short.
    if (run.length === 4096) {
      parts.push(String.fromCodePoint(...run));
      run = [];
    }
  }
  if (whole !== bytes.length) run.push(0xfffd);
  parts.push(String.fromCodePoint(...run));
  return parts.join('');
}
