import type { CertificateRecord } from '../model/certificate-record';
import { foldForSearch, lowerSameLength } from './search-fold';
import { SEARCH_FIELDS, searchValues, type SearchField } from './search-fields';
import { wildcardSuffix } from './wildcard';

/** Where one searchable value sits inside one of a record's two haystacks. */
export interface HaystackSegment {
  readonly field: SearchField;
  readonly item: number;
  /** Offset of the value's first character in its haystack. */
  readonly start: number;
  /** Offset just past the value's last character. */
  readonly end: number;
  /** True for the serial hex without colons: offsets map back onto the colon form the UI shows. */
  readonly compactHex: boolean;
  /** True when the value lies in the record's wide haystack (text beyond Latin-1) rather than its narrow one. */
  readonly wide: boolean;
}

/** A wildcard name of one record, registered under the suffix it covers. */
export interface WildcardEntry {
  readonly record: number;
  readonly field: SearchField;
  readonly item: number;
  /** Length of the displayed wildcard name (the whole name is reported as the match). */
  readonly length: number;
}

/** Per-list search data, built once by buildSearchIndex and reused for every keystroke. */
export interface SearchIndex {
  /** Number of records indexed; hit indexes are positions in the records array given to buildSearchIndex. */
  readonly size: number;
  /**
   * Per record: every searchable value whose characters all fit Latin-1, lower-cased and joined by NUL,
   * so one indexOf rejects a non-match. V8 stores such a string with one byte per character.
   */
  readonly haystacks: readonly string[];
  /** Per record: the other values (a Japanese subject DN, a name), in their search form (foldForSearch), joined the same way; "" when there are none. */
  readonly wideHaystacks: readonly string[];
  /** Two int32 per segment, records one after another: [field code | compactHex << 5 | wide << 6 | item << 7, end]. Read with recordSegments. */
  readonly segmentData: Int32Array;
  /** Per record i: its segments are pairs segmentOffsets[i] ≤ k < segmentOffsets[i + 1] of segmentData. */
  readonly segmentOffsets: Int32Array;
  /** Per record: [start, end) of the colon-less serial hex in its narrow haystack, or [-1, -1]; a fast path for hex queries. */
  readonly compactHexSpans: Int32Array;
  /** Wildcard suffix (`.lab.example.ac.jp`) → the wildcard names that cover it (RFC 6125 §6.4.3). */
  readonly wildcards: ReadonlyMap<string, readonly WildcardEntry[]>;
}

/** The separator between values: a query never contains it, so no match can straddle two values. */
export const SEGMENT_SEPARATOR = '\u0000';

/** The field of each code stored in the low 5 bits of a segment's first int32 in segmentData. */
export const SEGMENT_FIELDS: readonly SearchField[] = SEARCH_FIELDS;
/** Bit layout of a segment's first int32 in segmentData: field code mask, flag bits, and the shift of the item index. */
export const SEGMENT_META = { fieldMask: 0x1f, compactHex: 1 << 5, wide: 1 << 6, itemShift: 7 } as const;
const FIELD_CODE: ReadonlyMap<SearchField, number> = new Map(SEGMENT_FIELDS.map((field, code) => [field, code]));
const COMPACT_HEX_BIT = SEGMENT_META.compactHex;
const WIDE_BIT = SEGMENT_META.wide;
const ITEM_SHIFT = SEGMENT_META.itemShift;

// Fields whose values are host names and may be wildcards.
const HOST_FIELDS: ReadonlySet<SearchField> = new Set<SearchField>(['fqdn', 'commonName', 'dnsName', 'dnsNameColumn']);

/** True when every UTF-16 unit is Latin-1, so that the value (and its lower case, which stays in Latin-1) fits a one-byte string. */
function isNarrow(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

/**
 * Lower-cases values joined by NUL. One lower-casing per haystack rather than per value gives the same
 * text: the separator is neither cased nor case-ignorable, so no final-sigma context reaches across it
 * (Unicode §3.13). Only when some value changes length (İ) is each value lowered on its own.
 */
function lowerJoined(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  const joined = parts.join(SEGMENT_SEPARATOR);
  const lowered = joined.toLowerCase();
  return lowered.length === joined.length ? lowered : parts.map(lowerSameLength).join(SEGMENT_SEPARATOR);
}

/** A growable int32 buffer for segmentData. */
class IntBuffer {
  data: Int32Array;
  length = 0;
  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 16));
  }
  push2(a: number, b: number): void {
    if (this.length + 2 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = a;
    this.data[this.length++] = b;
  }
}

/**
 * Builds a list's search index record by record, so a list being read can be searched as far as it
 * got: `add` each record in list order, `snapshot` whenever a search runs. A snapshot shares the
 * builder's buffers and ends where the builder stood; records added later stay out of it.
 */
export class SearchIndexBuilder {
  private readonly haystacks: string[] = [];
  private readonly wideHaystacks: string[] = [];
  private readonly segments: IntBuffer;
  private segmentOffsets: Int32Array;
  private compactHexSpans: Int32Array;
  private readonly wildcards = new Map<string, WildcardEntry[]>();
  private readonly narrowParts: string[] = [];
  private readonly wideParts: string[] = [];

  constructor(expectedRecords = 1024) {
    this.segments = new IntBuffer(expectedRecords * 24);
    this.segmentOffsets = new Int32Array(expectedRecords + 1);
    this.compactHexSpans = new Int32Array(expectedRecords * 2).fill(-1);
  }

  /** Records indexed so far. */
  get size(): number {
    return this.haystacks.length;
  }

  /** Indexes the next record of the list (its position is `size` before the call). */
  add(record: CertificateRecord): void {
    const r = this.haystacks.length;
    this.reserve(r + 1);
    const { narrowParts, wideParts, segments, compactHexSpans } = this;
    narrowParts.length = 0;
    wideParts.length = 0;
    let narrowOffset = 0;
    let wideOffset = 0;
    for (const { field, item, value } of searchValues(record)) {
      const text = value.includes(SEGMENT_SEPARATOR) ? value.replaceAll(SEGMENT_SEPARATOR, ' ') : value;
      const meta = FIELD_CODE.get(field)! | (item << ITEM_SHIFT);
      if (isNarrow(text)) {
        narrowOffset += text.length;
        segments.push2(meta, narrowOffset);
        narrowParts.push(text);
        narrowOffset += SEGMENT_SEPARATOR.length;
      } else {
        wideOffset += text.length;
        segments.push2(meta | WIDE_BIT, wideOffset);
        wideParts.push(text);
        wideOffset += SEGMENT_SEPARATOR.length;
      }
      if (field === 'serialHex') {
        // Serial hex is ASCII, so its compact form always lies in the narrow haystack.
        const compact = value.replaceAll(':', '');
        compactHexSpans[2 * r] = narrowOffset;
        narrowOffset += compact.length;
        compactHexSpans[2 * r + 1] = narrowOffset;
        segments.push2(meta | COMPACT_HEX_BIT, narrowOffset);
        narrowParts.push(compact);
        narrowOffset += SEGMENT_SEPARATOR.length;
      }
      // Only a name with a `*` can be a wildcard: skip normalising the other ~200,000 host names.
      if (HOST_FIELDS.has(field) && value.includes('*')) {
        const suffix = wildcardSuffix(value);
        if (suffix !== null) {
          const list = this.wildcards.get(suffix) ?? [];
          list.push({ record: r, field, item, length: value.length });
          this.wildcards.set(suffix, list);
        }
      }
    }
    this.haystacks.push(lowerJoined(narrowParts));
    // Latin-1 text has nothing to fold beyond case; the rest (names, DNs) is compared in its search form.
    this.wideHaystacks.push(wideParts.map(foldForSearch).join(SEGMENT_SEPARATOR));
    this.segmentOffsets[r + 1] = segments.length / 2;
  }

  /**
   * The index of the records added so far. It reads the builder's arrays up to `size`; searched at
   * once (as a query during a load is), it never sees a later record.
   */
  snapshot(): SearchIndex {
    const size = this.size;
    return {
      size,
      haystacks: this.haystacks,
      wideHaystacks: this.wideHaystacks,
      segmentData: this.segments.data.subarray(0, this.segments.length),
      segmentOffsets: this.segmentOffsets.subarray(0, size + 1),
      compactHexSpans: this.compactHexSpans.subarray(0, 2 * size),
      wildcards: this.wildcards,
    };
  }

  /** Grows the per-record arrays to hold `records` records. */
  private reserve(records: number): void {
    if (records + 1 <= this.segmentOffsets.length) return;
    const capacity = Math.max(records + 1, this.segmentOffsets.length * 2);
    const offsets = new Int32Array(capacity);
    offsets.set(this.segmentOffsets);
    this.segmentOffsets = offsets;
    const spans = new Int32Array(capacity * 2).fill(-1);
    spans.set(this.compactHexSpans);
    this.compactHexSpans = spans;
  }
}

/** Builds the search index of a whole list: two lower-cased haystacks per record, packed segments, and the wildcard suffix table. */
export function buildSearchIndex(records: readonly CertificateRecord[]): SearchIndex {
  const builder = new SearchIndexBuilder(records.length);
  for (const record of records) builder.add(record);
  return builder.snapshot();
}

/** The segments of record `i`, in the order its values were indexed, decoded from the packed segmentData. */
export function recordSegments(index: SearchIndex, i: number): HaystackSegment[] {
  const out: HaystackSegment[] = [];
  let narrowStart = 0;
  let wideStart = 0;
  for (let k = index.segmentOffsets[i]!; k < index.segmentOffsets[i + 1]!; k++) {
    const meta = index.segmentData[2 * k]!;
    const end = index.segmentData[2 * k + 1]!;
    const wide = (meta & WIDE_BIT) !== 0;
    const field = SEGMENT_FIELDS[meta & SEGMENT_META.fieldMask]!;
    const item = meta >>> ITEM_SHIFT;
    out.push({ field, item, start: wide ? wideStart : narrowStart, end, compactHex: (meta & COMPACT_HEX_BIT) !== 0, wide });
    if (wide) wideStart = end + SEGMENT_SEPARATOR.length;
    else narrowStart = end + SEGMENT_SEPARATOR.length;
  }
  return out;
}
