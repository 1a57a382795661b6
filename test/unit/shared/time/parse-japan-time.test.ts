import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseJstDateTime } from '../../../../shared/time/parse-japan-time';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe('parseJstDateTime', () => {
  it.each([
    { name: 'reads slashes with seconds as Japan time', input: '2025/04/01 09:00:00', want: '2025-04-01T00:00:00.000Z' },
    { name: 'reads dashes with seconds', input: '2025-04-01 09:00:00', want: '2025-04-01T00:00:00.000Z' },
    { name: 'reads a time without seconds', input: '2025/04/01 09:30', want: '2025-04-01T00:30:00.000Z' },
    { name: 'reads a date alone as Japan midnight', input: '2025/04/01', want: '2025-03-31T15:00:00.000Z' },
    { name: 'reads a T separator', input: '2025-04-01T09:00:00', want: '2025-04-01T00:00:00.000Z' },
    { name: 'reads compact digits with seconds', input: '20250401090000', want: '2025-04-01T00:00:00.000Z' },
    { name: 'reads compact digits without time', input: '20250401', want: '2025-03-31T15:00:00.000Z' },
    { name: 'reads 年月日 with a time', input: '2025年4月1日 9:30', want: '2025-04-01T00:30:00.000Z' },
    { name: 'reads 年月日 with 時分秒', input: '2025年04月01日 09時30分15秒', want: '2025-04-01T00:30:15.000Z' },
    { name: 'honours an explicit Z', input: '2025-04-01T09:00:00Z', want: '2025-04-01T09:00:00.000Z' },
    { name: 'honours an explicit offset', input: '2025-04-01 09:00:00+00:00', want: '2025-04-01T09:00:00.000Z' },
    { name: 'honours a compact negative offset', input: '2025-04-01 09:00-0500', want: '2025-04-01T14:00:00.000Z' },
    { name: 'reads one-digit month, day and hour as Excel writes them', input: '2025/4/1 9:05', want: '2025-04-01T00:05:00.000Z' },
    { name: 'reads fractional seconds', input: '2025/04/01 09:00:00.250', want: '2025-04-01T00:00:00.250Z' },
    { name: 'tolerates surrounding spaces', input: '  2025/04/01 09:00:00 ', want: '2025-04-01T00:00:00.000Z' },
    { name: 'reads a leap day', input: '2024/02/29 00:00:00', want: '2024-02-28T15:00:00.000Z' },
  ])('$name', ({ input, want }) => {
    const result = parseJstDateTime(input);
    expect(result === null ? null : new Date(result).toISOString()).toBe(want);
  });

  it.each([
    { name: 'gives null for an empty cell', input: '' },
    { name: 'gives null for spaces', input: '   ' },
    { name: 'rejects month 13', input: '2025/13/01 00:00:00' },
    { name: 'rejects 31 April', input: '2025/04/31' },
    { name: 'rejects 29 February of a common year', input: '2025/02/29' },
    { name: 'rejects hour 24', input: '2025/04/01 24:00:00' },
    { name: 'rejects mixed separators', input: '2025/04-01' },
    { name: 'rejects words', input: '令和7年4月1日' },
    { name: 'rejects a two-digit year', input: '25/04/01' },
    { name: 'rejects letters in the canonical shape', input: '2025/0a/01 00:00:00' },
  ])('$name', ({ input }) => {
    expect(parseJstDateTime(input)).toBeNull();
  });

  it('reads every valid canonical date-time the same as its ISO form at +09:00', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const jst = new Date(date.getTime() + 9 * 3600_000);
        const pad = (n: number) => String(n).padStart(2, '0');
        const text = `${jst.getUTCFullYear()}/${pad(jst.getUTCMonth() + 1)}/${pad(jst.getUTCDate())} ${pad(jst.getUTCHours())}:${pad(jst.getUTCMinutes())}:${pad(jst.getUTCSeconds())}`;
        const expected = Math.floor(date.getTime() / 1000) * 1000;
        expect(parseJstDateTime(text)).toBe(expected);
        expect(parseJstDateTime(text.replace(' ', 'T').replace(/\//g, '-') + '+09:00')).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('parseJstDateTime fuzz', () => {
  it('never throws and returns null or a finite number on any text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9/: T+-]{0,25}$/)), (text) => {
        const result = parseJstDateTime(text);
        expect(result === null || Number.isFinite(result)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});
