/** Which UTF-16 a file is written in (shared/tsv/sniff-file tells it from the BOM or the NUL bytes). */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/**
 * A UTF-16 file's text as UTF-8 bytes without the BOM, so the list reader's byte-level row splitting
 * (which looks for LF bytes) reads it like any other file; lines and cells stay where they were.
 */
export function utf16AsUtf8(bytes: Uint8Array, encoding: Utf16Encoding): Uint8Array {
  return new TextEncoder().encode(new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes));
}
