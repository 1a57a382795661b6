/**
 * Default chunk size: big enough that per-chunk costs vanish, small enough that a chunk's short-lived text,
 * cells and base64 strings mostly die young instead of piling up in the old generation.
 */
export const DEFAULT_CHUNK_BYTES = 512 * 1024;

const LF = 0x0a;

/**
 * Yields consecutive views of bytes[start..] of about `chunkBytes` each, every one ending just after a
 * LF byte (or at the end of the file), so that each decodes on its own: 0x0A is never a trail byte in
 * Shift_JIS (trail bytes are 0x40–0xFC) nor part of a multi-byte UTF-8 sequence (those are all ≥ 0x80).
 */
export function* lineAlignedChunks(bytes: Uint8Array, start: number, chunkBytes = DEFAULT_CHUNK_BYTES): Generator<Uint8Array> {
  let offset = start;
  while (offset < bytes.length) {
    const lf = bytes.indexOf(LF, Math.min(bytes.length, offset + Math.max(1, chunkBytes)) - 1);
    const end = lf === -1 ? bytes.length : lf + 1;
    yield bytes.subarray(offset, end);
    offset = end;
  }
}
