import type { RecordDraft } from './build-record';

/** Where a record's long ASCII cells are in the file: the cells with those left empty, and per cell its index, start and end byte. */
interface CellSource {
  readonly cells: readonly string[];
  readonly spans: readonly number[];
  readonly bytes: Uint8Array;
}

const SOURCE = Symbol('cellSource');
// ASCII bytes read the same in Shift_JIS and UTF-8; the UTF-8 decoder gives a compact one-byte string.
const ascii = new TextDecoder('utf-8');

/** A fresh array of the record's cells, the long ASCII ones decoded again from the file's bytes. */
function readCells(this: { [SOURCE]: CellSource }): readonly string[] {
  const { cells, spans, bytes } = this[SOURCE];
  const out = cells.slice();
  for (let i = 0; i < spans.length; i += 3) out[spans[i]!] = ascii.decode(bytes.subarray(spans[i + 1]!, spans[i + 2]!));
  return out;
}

const CELLS_GETTER: PropertyDescriptor = { get: readCells, enumerable: true, configurable: true };

/**
 * Returns the record with `cells` added as an enumerable getter that rebuilds the cells on each read, the
 * long printable-ASCII cells (certificate, CSR: ~75% of a serverAll.tsv) decoded again from `bytes` (which
 * the caller keeps anyway) instead of kept as strings: ~100 MB less for a 50,000-row file. `spans` holds,
 * per such cell, its index, start byte and end byte in `bytes`; each must read exactly as that cell in UTF-8.
 * Spreading, JSON and structured clone (postMessage) read the getter, so they see plain cells.
 */
export function withCellsAsBytes(record: Omit<RecordDraft, 'cells'>, rowCells: readonly string[], bytes: Uint8Array, spans: readonly number[]): RecordDraft {
  const cells = rowCells.slice();
  for (let i = 0; i < spans.length; i += 3) cells[spans[i]!] = '';
  // Added (never reconfigured) with one shared getter, so all records keep one fast V8 shape: turning an
  // existing data property into an accessor would switch every record to a slow dictionary (~1 KB more each).
  Object.defineProperty(record, SOURCE, { value: { cells, spans, bytes } satisfies CellSource });
  Object.defineProperty(record, 'cells', CELLS_GETTER);
  return record as RecordDraft;
}
