import { detectUnicodeBom } from './unicode-bom';

/** Which UTF-16 a file is written in. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

const SAMPLE_BYTES = 8 * 1024;

/**
 * The byte order of a file already judged to be UTF-16 text (Excel's 「Unicode テキスト」 is UTF-16LE
 * with a BOM): the BOM's, else where the zero bytes of its ASCII characters sit (high byte first in
 * big-endian, so at even offsets).
 */
export function utf16ByteOrder(bytes: Uint8Array): Utf16Encoding {
  const bom = detectUnicodeBom(bytes)?.encoding;
  if (bom === 'utf-16le' || bom === 'utf-16be') return bom;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < Math.min(bytes.length, SAMPLE_BYTES); i++) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) zeroEven++;
      else zeroOdd++;
    }
  }
  return zeroEven > zeroOdd ? 'utf-16be' : 'utf-16le';
}

/**
 * A UTF-16 file's text as UTF-8 bytes without the BOM, so the list reader's byte-level row splitting
 * (which looks for LF bytes) reads it like any other file; lines and cells stay where they were.
 */
export function utf16AsUtf8(bytes: Uint8Array, encoding: Utf16Encoding): Uint8Array {
  return new TextEncoder().encode(new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes));
}
