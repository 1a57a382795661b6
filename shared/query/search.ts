import { foldForSearch, lowerSameLength } from './search-fold';
import { SEGMENT_FIELDS, SEGMENT_META, SEGMENT_SEPARATOR, type SearchIndex, type WildcardEntry } from './search-index';
import type { SearchField } from './search-fields';
import { searchTermOf } from './search-term';
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

/**
 * Prepares the query text: the host name when it is a URL, host:port or a name with its root dot
 * (searchTermOf), trimmed and lower-cased, plus its search form (NFKC, so full-width `ｗｗｗ` typed through
 * an IME → `www`, and name variants such as 髙 → 高: see foldForSearch).
 */
function prepareQuery(text: string): PreparedQuery | null {
  const raw = searchTermOf(text.replaceAll(SEGMENT_SEPARATOR, ''));
  if (raw === '') return null;
  const lowered = lowerSameLength(raw);
  const folded = foldForSearch(raw.normalize('NFKC')).trim();
  const wildcardSuffix = hostNameParentSuffix(folded);
  // `0x…` (UPKI request files) names a serial and nothing else.
  if (/^0x[0-9a-f]+$/.test(folded)) return { needles: [], hexNeedle: folded.slice(2), wildcardSuffix };
  // Half-width ﾀﾞ folds to タ and a combining mark, so a voiced kana typed as ダ is also looked for decomposed.
  const decomposed = folded.normalize('NFD');
  const needles = [...new Set([lowered, folded, decomposed].filter((needle) => needle !== ''))];
  // Windows' certificate dialog and some mails show serials as space-separated bytes.
  const hexNeedle = /^[0-9a-f]{2}( [0-9a-f]{2})+$/.test(folded) ? folded.replaceAll(' ', '') : null;
  return { needles, hexNeedle, wildcardSuffix };
}

/** Maps an offset in colon-less hex onto the colon form ("0a1b" offset 2 → "0A:1B" offset 3). */
function colonOffset(compactOffset: number): number {
  return compactOffset + Math.floor(compactOffset / 2);
}

/** Converts a match at haystack offsets [start, end) inside a segment starting at `segmentStart` to a range on the displayed value. */
function toRange(meta: number, segmentStart: number, start: number, end: number): MatchRange {
  const field = SEGMENT_FIELDS[meta & SEGMENT_META.fieldMask]!;
  const item = meta >>> SEGMENT_META.itemShift;
  const from = start - segmentStart;
  const to = end - segmentStart;
  if ((meta & SEGMENT_META.compactHex) === 0) return { field, item, start: from, end: to };
  return { field, item, start: colonOffset(from), end: colonOffset(to - 1) + 1 };
}

function sameRange(a: MatchRange, b: MatchRange): boolean {
  return a.field === b.field && a.item === b.item && a.start === b.start && a.end === b.end;
}

/**
 * Appends every non-overlapping occurrence of `needle` in record `i` (optionally only in compact hex),
 * in the order of the record's values. The narrow and wide haystacks each keep a cursor on their next
 * occurrence; no occurrence straddles two values (NUL separates them), so each lies inside one segment.
 */
function collect(index: SearchIndex, i: number, needle: string, onlyCompactHex: boolean, out: MatchRange[], dedupe: boolean): void {
  const narrow = index.haystacks[i]!;
  const wide = index.wideHaystacks[i]!;
  let narrowAt = narrow.indexOf(needle);
  let wideAt = wide === '' ? -1 : wide.indexOf(needle);
  if (narrowAt === -1 && wideAt === -1) return;
  const data = index.segmentData;
  let narrowStart = 0;
  let wideStart = 0;
  for (let k = index.segmentOffsets[i]!; k < index.segmentOffsets[i + 1]! && (narrowAt !== -1 || wideAt !== -1); k++) {
    const meta = data[2 * k]!;
    const end = data[2 * k + 1]!;
    const isWide = (meta & SEGMENT_META.wide) !== 0;
    const haystack = isWide ? wide : narrow;
    const start = isWide ? wideStart : narrowStart;
    let at = isWide ? wideAt : narrowAt;
    const compactHex = (meta & SEGMENT_META.compactHex) !== 0;
    for (; at !== -1 && at + needle.length <= end; at = haystack.indexOf(needle, at + needle.length)) {
      if (onlyCompactHex && !compactHex) continue;
      const range = toRange(meta, start, at, at + needle.length);
      // Colon and compact hex often give the same range; so may the NFKC and hex needles.
      if (!(dedupe || compactHex) || !out.some((existing) => sameRange(existing, range))) out.push(range);
    }
    if (isWide) {
      wideAt = at;
      wideStart = end + SEGMENT_SEPARATOR.length;
    } else {
      narrowAt = at;
      narrowStart = end + SEGMENT_SEPARATOR.length;
    }
  }
}

/** Groups the wildcard names covering `suffix` by record index. */
function wildcardMatches(index: SearchIndex, suffix: string | null): Map<number, MatchRange[]> {
  const byRecord = new Map<number, MatchRange[]>();
  const entries: readonly WildcardEntry[] = suffix === null ? [] : (index.wildcards.get(suffix) ?? []);
  for (const entry of entries) {
    // A snapshot of an index still being built holds the wildcard table as it is now: skip later records.
    if (entry.record >= index.size) continue;
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
  const matches: MatchRange[] = [];
  for (const needle of query.needles) collect(index, i, needle, false, matches, matches.length > 0);
  if (query.hexNeedle !== null) collect(index, i, query.hexNeedle, true, matches, matches.length > 0);
  matches.push(...(context.wildcards.get(i) ?? []));
  return matches;
}

/** True when record `i` matches: the cheap test run for every record on every keystroke. */
function isHit(context: SearchContext, i: number): boolean {
  const haystack = context.index.haystacks[i]!;
  const { needles, hexNeedle } = context.query;
  const wideHaystack = context.index.wideHaystacks[i]!;
  for (const needle of needles) if (haystack.indexOf(needle) !== -1 || (wideHaystack !== '' && wideHaystack.indexOf(needle) !== -1)) return true;
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

/**
 * Where the query typed in the list's box occurs in one displayed text (a TSV cell shown only in the
 * details): the same query preparation and folding as searchRecords (width, case, name variants),
 * non-overlapping, in text order. Empty for an empty query.
 */
export function textMatchRanges(value: string, text: string): { start: number; end: number }[] {
  const query = prepareQuery(text);
  if (query === null || value === '') return [];
  const haystack = foldForSearch(value);
  const ranges: { start: number; end: number }[] = [];
  for (const needle of query.needles) {
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      if (!ranges.some((range) => at < range.end && at + needle.length > range.start)) ranges.push({ start: at, end: at + needle.length });
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}
