import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount } from '../../../../renderer/i18n/format-count';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('formatCount', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [50000, '50,000'],
    [1234567, '1,234,567'],
    [-1200, '-1,200'],
  ])('%d reads %s', (count, want) => {
    expect(formatCount(count)).toBe(want);
  });

  it('writes every safe integer as en-US grouping does, in any browser locale', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString('en-US'));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
