import { splitTabLines } from './split-tab-lines';

/** A cell at least this long (bytes) and all printable ASCII is decoded on its own (the certificate, the CSR). */
export const MIN_APART_BYTES = 128;

const TAB = 0x09;
const LF = 0x0a;
/** Printable ASCII only: no CR (the splitter strips it from a line's last cell), no control, no byte ≥ 0x80. */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7e]/;

/** The physical lines of one chunk, split at TABs, and whether the decoded text held U+FFFD. */
export interface ChunkLines {
  readonly lines: string[][];
  readonly hasReplacement: boolean;
  /** For a line (its cells array) with cells decoded apart: per cell, its index, start and end byte in the chunk. */
  readonly spans: Map<string[], number[]>;
}

/**
 * Decodes one line-aligned chunk into physical lines of cells, exactly as `splitTabLines(decoder.decode(chunk))`
 * would, but in a form that keeps little memory alive. Why: a Shift_JIS chunk with any Japanese decodes
 * to a two-byte string, and every cell cut from it is a slice that keeps the whole chunk alive.
 * - Long printable-ASCII cells (base64 certificate and CSR, ~75% of a serverAll.tsv) are decoded apart
 *   from their bytes with the UTF-8 decoder (ASCII is the same in Shift_JIS and UTF-8), which gives
 *   compact one-byte strings; the rest of the line goes to papaparse with those cells left empty.
 *   Cutting at TAB and LF bytes is safe: neither is ever a trail byte in Shift_JIS (0x40–0xFC) nor part
 *   of a multi-byte UTF-8 sequence (all ≥ 0x80), so the decoder sees the same characters either way.
 * - The small cells are copied out of the chunk's text once (a JSON round trip makes fresh, flat strings,
 *   one-byte when ASCII), so the chunk's text can be collected as soon as the chunk is done.
 * `scratch` is a reusable buffer of at least `chunk.length` bytes.
 */
export function decodeChunkLines(chunk: Uint8Array, decoder: TextDecoder, ascii: TextDecoder, scratch: Uint8Array): ChunkLines {
  const apart: (number | string)[] = []; // line, cell, text, start, end
  const length = chunk.length;
  let out = 0;
  let line = 0;
  let cell = 0;
  let at = 0;
  while (at < length) {
    const cellStart = at;
    const outStart = out;
    let byte = -1;
    // Copy a short cell byte by byte; stop early at MIN_APART_BYTES to try the cell as one long ASCII cell.
    const shortEnd = Math.min(length, at + MIN_APART_BYTES);
    while (at < shortEnd) {
      byte = chunk[at]!;
      if (byte === TAB || byte === LF) break;
      scratch[out++] = byte;
      at++;
    }
    if (at === shortEnd && at < length) {
      const tab = chunk.indexOf(TAB, at);
      const lf = chunk.indexOf(LF, at);
      const end = tab === -1 ? (lf === -1 ? length : lf) : lf === -1 ? tab : Math.min(tab, lf);
      const text = ascii.decode(chunk.subarray(cellStart, end));
      if (NOT_PRINTABLE_ASCII.test(text)) {
        scratch.set(chunk.subarray(at, end), out);
        out += end - at;
      } else {
        apart.push(line, cell, text, cellStart, end);
        out = outStart;
      }
      at = end;
    }
    if (at >= length) break;
    byte = chunk[at]!;
    scratch[out++] = byte;
    at++;
    if (byte === TAB) {
      cell++;
    } else {
      line++;
      cell = 0;
    }
  }
  const text = decoder.decode(scratch.subarray(0, out));
  const hasReplacement = text.includes('\uFFFD');
  const lines = JSON.parse(JSON.stringify(splitTabLines(text))) as string[][];
  // A line made of one long cell at the very end of the chunk left no text, so the splitter gave no line.
  const spans = new Map<string[], number[]>();
  for (let i = 0; i < apart.length; i += 5) {
    const cells = (lines[apart[i] as number] ??= []);
    cells[apart[i + 1] as number] = apart[i + 2] as string;
    const span = spans.get(cells);
    if (span === undefined) spans.set(cells, [apart[i + 1] as number, apart[i + 3] as number, apart[i + 4] as number]);
    else span.push(apart[i + 1] as number, apart[i + 3] as number, apart[i + 4] as number);
  }
  return { lines, hasReplacement, spans };
}
