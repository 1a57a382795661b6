/** Simulates typing into the filter box: one search (and status filter) per keystroke over the whole list. */
import type { CertificateRecord } from '../../shared/model/certificate-record';

/** Per-keystroke timings in ms. */
export interface TypingResult {
  readonly indexMs: number;
  readonly keystrokes: number;
  /** The first keystroke alone: it also pays for JIT warm-up and lazy initialisation. */
  readonly firstMs: number;
  /** Median and max over the keystrokes after the first. */
  readonly medianMs: number;
  readonly maxMs: number;
  /** The same over the keystrokes that complete a 3-character query. */
  readonly threeLetterMedianMs: number;
  readonly threeLetterMaxMs: number;
  readonly wwwHits: number;
}

// Each query is typed one character at a time, as a staff member would: FQDN parts, a name, a year.
const QUERIES = ['www', 'exa', 'lab', 'mai', 'ac.', '山田', '203', 'idp'];

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Builds the index and times every keystroke; reports the query module as missing instead of failing. */
export async function measureTyping(records: readonly CertificateRecord[]): Promise<TypingResult | { missing: string }> {
  let query: typeof import('../../shared/query/search');
  let index: typeof import('../../shared/query/search-index');
  let filter: typeof import('../../shared/query/filter');
  try {
    [query, index, filter] = await Promise.all([import('../../shared/query/search'), import('../../shared/query/search-index'), import('../../shared/query/filter')]);
  } catch (error) {
    return { missing: `shared/query not available (${(error as Error).message.split('\n')[0]})` };
  }
  let started = performance.now();
  const searchIndex = index.buildSearchIndex(records);
  const indexMs = performance.now() - started;
  const now = Date.parse('2026-11-01T00:00:00+09:00');
  const all: number[] = [];
  const threeLetter: number[] = [];
  let wwwHits = 0;
  for (const text of QUERIES) {
    for (let length = 1; length <= text.length; length++) {
      const typed = text.slice(0, length);
      started = performance.now();
      const hits = query.searchRecords(searchIndex, typed);
      const shown = filter.filterRecords(records, hits, { now, statuses: ['valid'] });
      const elapsed = performance.now() - started;
      all.push(elapsed);
      if (length === 3) threeLetter.push(elapsed);
      if (typed === 'www') wwwHits = shown.length;
    }
  }
  return {
    indexMs,
    keystrokes: all.length,
    firstMs: all[0] ?? 0,
    medianMs: median(all.slice(1)),
    maxMs: Math.max(...all.slice(1)),
    threeLetterMedianMs: median(threeLetter),
    threeLetterMaxMs: Math.max(...threeLetter),
    wwwHits,
  };
}
