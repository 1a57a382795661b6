import type { MatchRange } from '../query/search';
import { SEARCH_FIELDS, type SearchField } from '../query/search-fields';

/**
 * Highlight ranges of a query result packed into two typed arrays, so a query that matches 50,000
 * rows crosses from the worker in one zero-copy transfer and the UI thread decodes only the rows in view.
 */
export interface PackedMatches {
  /** Per display position p, the ranges are data[starts[p] * 5 .. starts[p + 1] * 5); length = rows + 1. */
  readonly starts: Int32Array;
  /** Five numbers per range: field code, item, start, end, wildcard (0 or 1). */
  readonly data: Int32Array;
}

/** Every searchable field, by code (the position in this list). */
export const SEARCH_FIELD_CODES: readonly SearchField[] = SEARCH_FIELDS;
const CODE_OF = new Map(SEARCH_FIELD_CODES.map((field, code) => [field, code]));
const WIDTH = 5;

/** No ranges at all for `rows` display positions. */
export function emptyMatches(rows: number): PackedMatches {
  return { starts: new Int32Array(rows + 1), data: new Int32Array(0) };
}

/** Packs the ranges of each record, in display order (`order` holds record indices). */
export function packMatches(order: ArrayLike<number>, byRecord: ReadonlyMap<number, readonly MatchRange[]>): PackedMatches {
  const starts = new Int32Array(order.length + 1);
  let total = 0;
  for (let position = 0; position < order.length; position++) {
    starts[position] = total;
    total += byRecord.get(order[position]!)?.length ?? 0;
  }
  starts[order.length] = total;
  const data = new Int32Array(total * WIDTH);
  let at = 0;
  for (let position = 0; position < order.length; position++) {
    const ranges = byRecord.get(order[position]!);
    if (!ranges) continue;
    for (const range of ranges) {
      data[at] = CODE_OF.get(range.field) ?? 0;
      data[at + 1] = range.item;
      data[at + 2] = range.start;
      data[at + 3] = range.end;
      data[at + 4] = range.wildcard ? 1 : 0;
      at += WIDTH;
    }
  }
  return { starts, data };
}

/** The ranges of the row at display position `position` (empty when none, or out of range). */
export function matchesAt(packed: PackedMatches, position: number): MatchRange[] {
  const from = packed.starts[position];
  const to = packed.starts[position + 1];
  if (from === undefined || to === undefined) return [];
  const ranges: MatchRange[] = [];
  for (let i = from * WIDTH; i < to * WIDTH; i += WIDTH) {
    const range: MatchRange = { field: SEARCH_FIELD_CODES[packed.data[i]!]!, item: packed.data[i + 1]!, start: packed.data[i + 2]!, end: packed.data[i + 3]! };
    ranges.push(packed.data[i + 4] ? { ...range, wildcard: true } : range);
  }
  return ranges;
}
