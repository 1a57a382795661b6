import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchRange } from '../../../../shared/query/search';
import { emptyMatches, matchesAt, packMatches, SEARCH_FIELD_CODES } from '../../../../shared/use-cases/packed-matches';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('packed matches', () => {
  it('gives each display position back the ranges of its record', () => {
    const byRecord = new Map<number, MatchRange[]>([
      [7, [{ field: 'fqdn', item: 0, start: 0, end: 3 }]],
      [2, [{ field: 'dnsName', item: 1, start: 2, end: 9 }, { field: 'dnsName', item: 0, start: 0, end: 20, wildcard: true }]],
    ]);
    const packed = packMatches([2, 5, 7], byRecord);
    expect(matchesAt(packed, 0)).toEqual(byRecord.get(2));
    expect(matchesAt(packed, 1)).toEqual([]);
    expect(matchesAt(packed, 2)).toEqual(byRecord.get(7));
  });

  it('answers no ranges for a position outside the result', () => {
    expect(matchesAt(emptyMatches(2), 5)).toEqual([]);
    expect(matchesAt(emptyMatches(2), 1)).toEqual([]);
  });

  it('round-trips any ranges (fuzz)', () => {
    const range = fc.record({
      field: fc.constantFrom(...SEARCH_FIELD_CODES),
      item: fc.nat(50),
      start: fc.nat(300),
      end: fc.nat(300),
      wildcard: fc.option(fc.constant(true), { nil: undefined }),
    }).map(({ wildcard, ...rest }) => (wildcard ? { ...rest, wildcard } : rest) as MatchRange);
    fc.assert(
      fc.property(fc.array(fc.array(range, { maxLength: 4 }), { maxLength: 30 }), (perRow) => {
        const order = perRow.map((_, i) => i * 3);
        const packed = packMatches(order, new Map(perRow.map((ranges, i) => [i * 3, ranges])));
        perRow.forEach((ranges, position) => expect(matchesAt(packed, position)).toEqual(ranges));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
