import { describe, expect, it } from 'vitest';
import { daysLeft, formatIso, formatJst, formatJstDate, formatJstSeconds } from '../../../../shared/time/japan-time';

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
  const now = Date.UTC(2025, 0, 1);
  const day = 86_400_000;
  const cases: { name: string; input: number; want: number }[] = [
    { name: 'counts whole days remaining', input: now + 10 * day + 5, want: 10 },
    { name: 'is 0 with less than a day left', input: now + day - 1, want: 0 },
    { name: 'is -1 just after expiry', input: now - 1, want: -1 },
    { name: 'is negative days since expiry', input: now - 3 * day, want: -3 },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(daysLeft(input, now)).toBe(want));
});
