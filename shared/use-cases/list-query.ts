import type { CertificateRecord } from '../model/certificate-record';
import { parseJstRangeBound } from '../time/japan-time';
import type { CurrentMap } from '../query/current';
import { orderCurrentFirst } from '../query/current-first';
import { filterRecords, type FilterOptions, type StatusFilter } from '../query/filter';
import { searchRecords, type MatchRange } from '../query/search';
import type { SearchIndex } from '../query/search-index';
import { sortRecords } from '../query/sort';
import type { ListQuery, QueryResult } from './views';
import { packMatches } from './packed-matches';

/** The expiry range of the date inputs (JST dates; the "to" date counts through its end), or nothing when both are empty or unreadable. */
function expiryRangeOf(query: ListQuery): Pick<FilterOptions, 'expiresBetween'> {
  const from = query.expiresFrom === '' ? null : parseJstRangeBound(query.expiresFrom, 'start');
  const to = query.expiresTo === '' ? null : parseJstRangeBound(query.expiresTo, 'end');
  return from === null && to === null ? {} : { expiresBetween: { from, to } };
}

/** The shared/query filter options that the UI's quick toggles stand for. */
export function filterOptionsOf(query: ListQuery, now: number, current: CurrentMap): FilterOptions {
  const statuses: StatusFilter[] = [];
  if (query.expiringWithinDays !== null) statuses.push('expiring');
  if (query.pendingOrError) statuses.push('pending', 'error');
  return {
    now,
    current,
    statuses,
    hideExpired: query.hideExpired,
    hideRevokedOrReplaced: query.hideRevokedOrReplaced,
    replacedNotRevoked: query.replacedNotRevoked,
    ...expiryRangeOf(query),
    ...(query.expiringWithinDays !== null ? { expiringWithinDays: query.expiringWithinDays } : {}),
  };
}

/** True when the options would drop any record (a status filter or a hide toggle is on). */
function hasFilter(options: FilterOptions): boolean {
  return (options.statuses?.length ?? 0) > 0 || options.hideExpired === true || options.hideRevokedOrReplaced === true || options.replacedNotRevoked === true || options.currentOnly === true || options.expiresBetween !== undefined;
}

/** Runs a list query: search (shared/query), then the toggles, then the sort; unsorted, file order, with each host's current certificate first after a search. */
export function runQuery(
  records: readonly CertificateRecord[],
  index: SearchIndex,
  current: CurrentMap,
  query: ListQuery,
  now: number,
): QueryResult {
  const options = filterOptionsOf(query, now, current);
  const found = searchRecords(index, query.text);
  // With no toggle on, filtering keeps every hit: skip classifying 50,000 records on each keystroke.
  const hits = hasFilter(options) ? filterRecords(records, found, options) : found;
  const matches = new Map<number, readonly MatchRange[]>();
  for (const hit of hits) if (hit.matches.length > 0) matches.set(hit.index, hit.matches);
  let order: number[] = hits.map((hit) => hit.index);
  // After a search, each host's current certificate leads its rows; the whole list keeps file order.
  if (!query.sort && query.text.trim() !== '') order = orderCurrentFirst(order, records, current);
  if (query.sort) {
    const sorted = sortRecords(order.map((i) => records[i]!), query.sort.key, query.sort.direction);
    order = sorted.map((record) => record.index);
  }
  return { indices: Int32Array.from(order), matches: packMatches(order, matches) };
}
