import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysLeft, formatIso, formatJst, formatJstDate, formatJstSeconds, parseJstDateTime, parseJstRangeBound } from '../../../../shared/time/japan-time';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('formatJst', () => {
  const cases: { name: string; input: number | null; want: string }[] = [
    { name: 'shows a UTC instant in Japan time', input: Date.UTC(2025, 0, 1, 0, 0), want: '2025/01/01 09:00' },
    { name: 'rolls over to the next Japanese day after 15:00 UTC', input: Date.UTC(2025, 11, 31, 15, 30), want: '2026/01/01 00:30' },
    { name: 'is empty for null', input: null, want: '' },
    { name: 'is empty for NaN', input: Number.NaN, want: '' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(formatJst(input)).toBe(want));

  it('has date-only and seconds variants', () => {
    const ms = Date.UTC(2025, 5, 30, 14, 59, 7);
    expect(formatJstDate(ms)).toBe('2025/06/30');
    expect(formatJstSeconds(ms)).toBe('2025/06/30 23:59:07');
  });

  it('formats ISO 8601 in UTC for JSON', () => {
    expect(formatIso(Date.UTC(2025, 0, 2, 3, 4, 5))).toBe('2025-01-02T03:04:05.000Z');
    expect(formatIso(null)).toBeNull();
  });
});

describe('daysLeft', () => {
  // JST calendar days, the count a person gets from the dates shown; instants written in JST.
  const at = (text: string) => Date.parse(`${text}+09:00`);
  const cases: { name: string; input: { notAfter: string; now: string }; want: number }[] = [
    { name: 'counts whole days remaining', input: { notAfter: '2025-01-11T12:00:00', now: '2025-01-01T09:00:00' }, want: 10 },
    { name: 'is 0 when it ends later today', input: { notAfter: '2025-01-01T23:59:59', now: '2025-01-01T00:00:01' }, want: 0 },
    { name: 'is 1 one minute before midnight JST when it ends just after midnight', input: { notAfter: '2025-01-02T00:00:00', now: '2025-01-01T23:59:00' }, want: 1 },
    { name: 'is 0 just after expiry on the same JST date', input: { notAfter: '2025-01-01T09:00:00', now: '2025-01-01T09:00:01' }, want: 0 },
    { name: 'is -1 once midnight JST has passed after expiry', input: { notAfter: '2025-01-31T23:59:59', now: '2025-02-01T00:00:00' }, want: -1 },
    { name: 'counts the days since expiry by date, the same from either side of a half day', input: { notAfter: '2025-01-01T21:00:00', now: '2025-08-03T09:00:00' }, want: -214 },
    { name: 'uses JST dates, not UTC dates (08:30 JST on 1 March is still 28 February in UTC)', input: { notAfter: '2025-03-01T08:30:00', now: '2025-02-28T23:30:00' }, want: 1 },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(daysLeft(at(input.notAfter), at(input.now))).toBe(want));

  it('gives the same magnitude for "expired N days ago" as N days before "expires in N days"', () => {
    const notAfter = at('2025-06-15T18:00:00');
    expect(daysLeft(notAfter, at('2025-06-22T06:00:00'))).toBe(-7);
    expect(daysLeft(at('2025-06-22T06:00:00'), notAfter)).toBe(7);
  });
});

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
      { numRuns: FUZZ_RUNS },
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
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('Japan time written and read back', () => {
  it('reads every instant formatJstSeconds writes as the same second', () => {
    const instant = fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2200, 0, 1) });
    fc.assert(
      fc.property(instant, (ms) => {
        expect(parseJstDateTime(formatJstSeconds(ms))).toBe(Math.floor(ms / 1000) * 1000);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('parseJstRangeBound', () => {
  it.each([
    { text: '2027-06-30', bound: 'start' as const, want: Date.parse('2027-06-30T00:00:00+09:00') },
    { text: '2027-06-30', bound: 'end' as const, want: Date.parse('2027-07-01T00:00:00+09:00') - 1 },
    { text: '2027/6/30 12:00', bound: 'end' as const, want: Date.parse('2027-06-30T12:00:00+09:00') },
    { text: 'tomorrow', bound: 'start' as const, want: null },
  ])('$text as the $bound of a range', ({ text, bound, want }) => expect(parseJstRangeBound(text, bound)).toBe(want));
});
