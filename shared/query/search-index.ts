import type { CertificateRecord } from '../model/certificate-record';
import { searchValues, type SearchField } from './search-fields';
import { wildcardSuffix } from './wildcard';

/** Where one searchable value sits inside a record's haystack. */
export interface HaystackSegment {
  readonly field: SearchField;
  readonly item: number;
  /** Offset of the value's first character in the haystack. */
  readonly start: number;
  /** Offset just past the value's last character. */
  readonly end: number;
  /** True for the serial hex without colons: offsets map back onto the colon form the UI shows. */
  readonly compactHex: boolean;
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
  /** Per record: every searchable value lower-cased and joined by NUL, so one indexOf rejects a non-match. */
  readonly haystacks: readonly string[];
  /** Per record: where each value lies in its haystack. */
  readonly segments: readonly (readonly HaystackSegment[])[];
  /** Per record: [start, end) of the colon-less serial hex in its haystack, or [-1, -1]; a fast path for hex queries. */
  readonly compactHexSpans: Int32Array;
  /** Wildcard suffix (`.lab.example.ac.jp`) → the wildcard names that cover it (RFC 6125 §6.4.3). */
  readonly wildcards: ReadonlyMap<string, readonly WildcardEntry[]>;
}

/** The separator between values: a query never contains it, so no match can straddle two values. */
export const SEGMENT_SEPARATOR = '\u0000';

// Fields whose values are host names and may be wildcards.
const HOST_FIELDS: ReadonlySet<SearchField> = new Set<SearchField>(['fqdn', 'commonName', 'dnsName', 'dnsNameColumn']);

/**
 * Lower-cases text so that every UTF-16 unit stays at its offset. `toLowerCase` can change the length
 * (`İ` → `i̇`), which would shift highlight ranges; such characters are then kept as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

/** Builds the search index of a list: one lower-cased haystack per record plus the wildcard suffix table. */
export function buildSearchIndex(records: readonly CertificateRecord[]): SearchIndex {
  const haystacks: string[] = new Array<string>(records.length);
  const segments: HaystackSegment[][] = new Array<HaystackSegment[]>(records.length);
  const wildcards = new Map<string, WildcardEntry[]>();
  const compactHexSpans = new Int32Array(records.length * 2).fill(-1);
  for (let r = 0; r < records.length; r++) {
    const parts: string[] = [];
    const recordSegments: HaystackSegment[] = [];
    let offset = 0;
    const push = (field: SearchField, item: number, text: string, compactHex: boolean): void => {
      recordSegments.push({ field, item, start: offset, end: offset + text.length, compactHex });
      parts.push(text);
      offset += text.length + SEGMENT_SEPARATOR.length;
    };
    for (const { field, item, value } of searchValues(records[r]!)) {
      push(field, item, value.includes(SEGMENT_SEPARATOR) ? value.replaceAll(SEGMENT_SEPARATOR, ' ') : value, false);
      if (field === 'serialHex') {
        compactHexSpans[2 * r] = offset;
        push(field, item, value.replaceAll(':', ''), true);
        compactHexSpans[2 * r + 1] = offset - SEGMENT_SEPARATOR.length;
      }
      // Only a name with a `*` can be a wildcard: skip normalising the other ~200,000 host names.
      if (HOST_FIELDS.has(field) && value.includes('*')) {
        const suffix = wildcardSuffix(value);
        if (suffix !== null) {
          const list = wildcards.get(suffix) ?? [];
          list.push({ record: r, field, item, length: value.length });
          wildcards.set(suffix, list);
        }
      }
    }
    // One lower-casing per record rather than per value gives the same text: the separator is neither
    // cased nor case-ignorable, so no final-sigma context reaches across it (Unicode §3.13). Only when some
    // value changes length (İ) is each value lowered on its own, keeping every offset.
    const joined = parts.join(SEGMENT_SEPARATOR);
    const lowered = joined.toLowerCase();
    haystacks[r] = lowered.length === joined.length ? lowered : parts.map(lowerSameLength).join(SEGMENT_SEPARATOR);
    segments[r] = recordSegments;
  }
  return { size: records.length, haystacks, segments, compactHexSpans, wildcards };
}
