import { lowerSameLength, SEGMENT_SEPARATOR, type HaystackSegment, type SearchIndex, type WildcardEntry } from './search-index';
import type { SearchField } from './search-fields';
import { hostNameParentSuffix } from './wildcard';

/** One highlighted stretch of a field's displayed value: [start, end) in UTF-16 units. */
export interface MatchRange {
  readonly field: SearchField;
  /** Which entry of a list field (dnsName, ipAddress, dnsNameColumn) matched; 0 for single-value fields. */
  readonly item: number;
  readonly start: number;
  readonly end: number;
  /** True when a wildcard name matched the query by RFC 6125 §6.4.3 (the whole name is the range). */
  readonly wildcard?: boolean;
}

/** A record that matched a search: its position in the indexed records and where it matched (empty for an empty query). */
export interface SearchHit {
  readonly index: number;
  readonly matches: readonly MatchRange[];
}

/** A query prepared once per keystroke. */
interface PreparedQuery {
  /** Lower-cased substrings looked for in every field. */
  readonly needles: readonly string[];
  /** Compact lower-case hex looked for in the serial only (from `0x…` or space-separated input). */
  readonly hexNeedle: string | null;
  /** `.rest.of.name` when the query is a host name a wildcard could cover. */
  readonly wildcardSuffix: string | null;
}

/** Prepares the query text: trimmed and lower-cased, plus its NFKC form (full-width `ｗｗｗ` typed through an IME → `www`). */
function prepareQuery(text: string): PreparedQuery | null {
  const raw = text.replaceAll(SEGMENT_SEPARATOR, '').trim();
  if (raw === '') return null;
  const lowered = lowerSameLength(raw);
  const folded = lowerSameLength(raw.normalize('NFKC')).trim();
  const wildcardSuffix = hostNameParentSuffix(folded);
  // `0x…` (UPKI request files) names a serial and nothing else.
  if (/^0x[0-9a-f]+$/.test(folded)) return { needles: [], hexNeedle: folded.slice(2), wildcardSuffix };
  const needles = folded !== '' && folded !== lowered ? [lowered, folded] : [lowered];
  // Windows' certificate dialog and some mails show serials as space-separated bytes.
  const hexNeedle = /^[0-9a-f]{2}( [0-9a-f]{2})+$/.test(folded) ? folded.replaceAll(' ', '') : null;
  return { needles, hexNeedle, wildcardSuffix };
}

/** Maps an offset in colon-less hex onto the colon form ("0a1b" offset 2 → "0A:1B" offset 3). */
function colonOffset(compactOffset: number): number {
  return compactOffset + Math.floor(compactOffset / 2);
}

/** Converts a match at haystack offsets [start, end) inside `segment` to a range on the displayed value. */
function toRange(segment: HaystackSegment, start: number, end: number): MatchRange {
  const from = start - segment.start;
  const to = end - segment.start;
  if (!segment.compactHex) return { field: segment.field, item: segment.item, start: from, end: to };
  return { field: segment.field, item: segment.item, start: colonOffset(from), end: colonOffset(to - 1) + 1 };
}

function sameRange(a: MatchRange, b: MatchRange): boolean {
  return a.field === b.field && a.item === b.item && a.start === b.start && a.end === b.end;
}

/** Appends every non-overlapping occurrence of `needle` in the haystack (optionally only in compact-hex segments). */
function collect(
  haystack: string,
  segments: readonly HaystackSegment[],
  needle: string,
  onlyCompactHex: boolean,
  out: MatchRange[],
  dedupe: boolean,
): void {
  let segment = 0;
  for (let pos = haystack.indexOf(needle); pos !== -1; pos = haystack.indexOf(needle, pos + needle.length)) {
    while (segment < segments.length && segments[segment]!.end < pos + needle.length) segment++;
    const found = segments[segment];
    if (!found || found.start > pos || (onlyCompactHex && !found.compactHex)) continue;
    const range = toRange(found, pos, pos + needle.length);
    // Colon and compact hex often give the same range; so may the NFKC and hex needles.
    if (!(dedupe || found.compactHex) || !out.some((existing) => sameRange(existing, range))) out.push(range);
  }
}

/** Groups the wildcard names covering `suffix` by record index. */
function wildcardMatches(index: SearchIndex, suffix: string | null): Map<number, MatchRange[]> {
  const byRecord = new Map<number, MatchRange[]>();
  const entries: readonly WildcardEntry[] = suffix === null ? [] : (index.wildcards.get(suffix) ?? []);
  for (const entry of entries) {
    const ranges = byRecord.get(entry.record) ?? [];
    ranges.push({ field: entry.field, item: entry.item, start: 0, end: entry.length, wildcard: true });
    byRecord.set(entry.record, ranges);
  }
  return byRecord;
}

/** Everything needed to compute one record's ranges after the scan. */
interface SearchContext {
  readonly index: SearchIndex;
  readonly query: PreparedQuery;
  readonly wildcards: ReadonlyMap<number, readonly MatchRange[]>;
}

/** The ranges of record `i` for a prepared query (empty when it does not match). */
function rangesOf(context: SearchContext, i: number): MatchRange[] {
  const { index, query } = context;
  const haystack = index.haystacks[i]!;
  const segments = index.segments[i]!;
  const matches: MatchRange[] = [];
  for (const needle of query.needles) collect(haystack, segments, needle, false, matches, matches.length > 0);
  if (query.hexNeedle !== null) collect(haystack, segments, query.hexNeedle, true, matches, matches.length > 0);
  matches.push(...(context.wildcards.get(i) ?? []));
  return matches;
}

/** True when record `i` matches: the cheap test run for every record on every keystroke. */
function isHit(context: SearchContext, i: number): boolean {
  const haystack = context.index.haystacks[i]!;
  const { needles, hexNeedle } = context.query;
  for (const needle of needles) if (haystack.indexOf(needle) !== -1) return true;
  // The hex needle only counts inside the serial's compact hex.
  if (hexNeedle !== null) {
    const start = context.index.compactHexSpans[2 * i]!;
    const at = start === -1 ? -1 : haystack.indexOf(hexNeedle, start);
    if (at !== -1 && at + hexNeedle.length <= context.index.compactHexSpans[2 * i + 1]!) return true;
  }
  return context.wildcards.has(i);
}

/**
 * A hit whose ranges are worked out on first read: allocating every range of 50,000 hits costs far
 * more than the scan itself, and a virtualised list only ever highlights the few rows on screen.
 * `matches` lives on the prototype, so spread or structured clone (postMessage) drop it;
 * JSON.stringify keeps it through toJSON.
 */
class LazySearchHit implements SearchHit {
  #matches: readonly MatchRange[] | null = null;
  readonly #context: SearchContext | null;

  constructor(
    readonly index: number,
    context: SearchContext | null,
  ) {
    this.#context = context;
  }

  get matches(): readonly MatchRange[] {
    this.#matches ??= this.#context ? rangesOf(this.#context, this.index) : [];
    return this.#matches;
  }

  toJSON(): { index: number; matches: readonly MatchRange[] } {
    return { index: this.index, matches: this.matches };
  }
}

/**
 * The records whose searchable fields contain `text` (case-insensitive substring), in index order.
 * Each hit's `matches` gives the ranges to highlight, computed when first read. A host-name query
 * also hits wildcard names that cover it (RFC 6125 §6.4.3); a `0x…` or space-separated hex query
 * hits the serial's hex. Empty text matches every record, with no ranges.
 */
export function searchRecords(index: SearchIndex, text: string): SearchHit[] {
  const query = prepareQuery(text);
  const hits: SearchHit[] = [];
  if (query === null) {
    for (let i = 0; i < index.size; i++) hits.push(new LazySearchHit(i, null));
    return hits;
  }
  const context: SearchContext = { index, query, wildcards: wildcardMatches(index, query.wildcardSuffix) };
  for (let i = 0; i < index.size; i++) if (isHit(context, i)) hits.push(new LazySearchHit(i, context));
  return hits;
}
