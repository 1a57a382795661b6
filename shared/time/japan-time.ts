/**
 * Japan time, the one module that reads and writes it. UPKI works in Japan time: the TSV's naive
 * date-times are JST (+09:00), and staff read dates in JST. JST has had no daylight saving since
 * 1951, so a fixed +09:00 offset is exact for every certificate date.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

const JST_OFFSET_MINUTES = 9 * 60;
const JST_OFFSET_MS = JST_OFFSET_MINUTES * 60_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The JST calendar fields of an epoch-ms instant. */
function jstParts(ms: number): { y: number; mo: number; d: number; h: number; mi: number; s: number } {
  const shifted = new Date(ms + JST_OFFSET_MS);
  return {
    y: shifted.getUTCFullYear(),
    mo: shifted.getUTCMonth() + 1,
    d: shifted.getUTCDate(),
    h: shifted.getUTCHours(),
    mi: shifted.getUTCMinutes(),
    s: shifted.getUTCSeconds(),
  };
}

/** Epoch ms as Japan time `YYYY/MM/DD HH:mm` (the form UPKI's own pages use); "" for null or a non-finite number. */
export function formatJst(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const p = jstParts(ms);
  return `${p.y}/${pad(p.mo)}/${pad(p.d)} ${pad(p.h)}:${pad(p.mi)}`;
}

/** Epoch ms as Japan time `YYYY/MM/DD HH:mm:ss`; "" for null or a non-finite number. */
export function formatJstSeconds(ms: number | null): string {
  if (ms === null || !Number.isFinite(ms)) return '';
  const p = jstParts(ms);
  return `${formatJst(ms)}:${pad(p.s)}`;
}

/** Epoch ms as the Japan-time date `YYYY/MM/DD`; "" for null or a non-finite number. */
export function formatJstDate(ms: number | null): string {
  return formatJst(ms).slice(0, 10);
}

/** Epoch ms as ISO 8601 in UTC (`2025-01-02T03:04:05.000Z`), for JSON; null for null or a non-finite number. */
export function formatIso(ms: number | null): string | null {
  if (ms === null || !Number.isFinite(ms)) return null;
  return new Date(ms).toISOString();
}

/**
 * The one day count of the app: JST calendar days from `now`'s date to `notAfter`'s date. Positive:
 * days left (0 = it ends today); negative: how many days ago it ended. Counting calendar dates, not
 * elapsed 24-hour spans, gives the number a person gets from the dates shown (2025/01/31 ended,
 * today 2025/02/01: 1 day ago) and the same magnitude on both sides of the date (no floor of a
 * negative fraction saying 215 where the elapsed count says 214).
 */
export function daysLeft(notAfter: number, now: number): number {
  return jstDayNumber(notAfter) - jstDayNumber(now);
}

/** Whole JST calendar days since 1970-01-01 (JST) of an epoch-ms instant. */
function jstDayNumber(ms: number): number {
  return Math.floor((ms + JST_OFFSET_MS) / DAY_MS);
}

// ---- Reading the TSV's date-times ----

// The TSV's date-times are naive Japan time (docs/list-format.md, "Date-times", M): accept
// YYYY/MM/DD and YYYY-MM-DD, 1- or 2-digit month/day/hour (Excel re-saves drop zeros), optional
// HH:MM[:SS[.fff]], a space or T before the time, and an explicit Z / ±HH:MM zone when there is one.
const DATE_TIME =
  /^([1-9]\d{3})([/-])(\d{1,2})\2(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

// Two more spellings seen in Japanese business systems and Excel: compact digits (YYYYMMDD[HHMM[SS]])
// and 年月日 with an optional time (2024年7月15日 23:59[:59] or 23時59分[59秒]); always Japan time.
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?$/;
const KANJI = /^(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:時](\d{1,2})(?:[:分](\d{1,2})秒?|分)?)?$/;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Epoch milliseconds of a TSV date-time (no zone = Japan time, +09:00), or null when empty or not a valid date. */
export function parseJstDateTime(text: string): number | null {
  const fast = parseCanonical(text);
  if (fast !== undefined) return fast;
  const trimmed = text.trim();
  const match = DATE_TIME.exec(trimmed);
  if (match === null) return parseOtherSpelling(trimmed);
  const [, y, , mo, d, h, mi, s, frac, zone] = match;
  const offset = zone === undefined ? JST_OFFSET_MINUTES : zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const millis = frac === undefined ? 0 : Math.floor(Number(`0.${frac}`) * 1000);
  const parts = [y, mo, d, h ?? 0, mi ?? 0, s ?? 0].map(Number) as [number, number, number, number, number, number];
  return toEpoch(...parts, millis, offset);
}

/**
 * One end of a date range typed by a person (`2027-06-30`, or with a time), read as Japan time: a
 * date without a time stands for the whole day, so as the `end` of a range it is that day's last
 * millisecond. Null when the text is not a date.
 */
export function parseJstRangeBound(text: string, bound: 'start' | 'end'): number | null {
  const parsed = parseJstDateTime(text);
  if (parsed === null) return null;
  const dateOnly = !/[\sT]\d/.test(text.trim());
  return bound === 'end' && dateOnly ? parsed + DAY_MS - 1 : parsed;
}

/** Epoch ms of a compact or 年月日 date-time in Japan time, or null when the text is neither. */
function parseOtherSpelling(text: string): number | null {
  const match = COMPACT.exec(text) ?? KANJI.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s] = match;
  return toEpoch(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), 0, JST_OFFSET_MINUTES);
}

/** Epoch ms of validated calendar fields at a zone offset, or null when a field is out of range. */
function toEpoch(year: number, month: number, day: number, hour: number, minute: number, second: number, millis: number, offset: number): number | null {
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const isLeap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  if (month === 2 && day === 29 && !isLeap) return null;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset * 60_000;
}

/** The digit at text[i] as a number, or NaN. */
function digit(text: string, i: number): number {
  const code = text.charCodeAt(i) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

/**
 * Fast path for the form the TSV most likely uses, "YYYY/MM/DD HH:MM:SS" or "YYYY/MM/DD" (also with "-"):
 * the same result as the regular expression, without it (50,000 rows carry several dates each).
 * Undefined when the text has another shape.
 */
function parseCanonical(text: string): number | null | undefined {
  if (text.length !== 10 && text.length !== 19) return undefined;
  const sep = text.charCodeAt(4);
  if ((sep !== 0x2f && sep !== 0x2d) || text.charCodeAt(7) !== sep) return undefined;
  if (text.length === 19 && (text.charCodeAt(10) !== 0x20 || text.charCodeAt(13) !== 0x3a || text.charCodeAt(16) !== 0x3a)) return undefined;
  const hasTime = text.length === 19;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = hasTime ? twoDigits(text, 11) : 0;
  const minute = hasTime ? twoDigits(text, 14) : 0;
  const second = hasTime ? twoDigits(text, 17) : 0;
  // NaN (a non-digit) fails every comparison, so this also rejects non-digits.
  if (!(year >= 1000 && month >= 0 && day >= 0 && hour >= 0 && minute >= 0 && second >= 0)) return undefined;
  return toEpoch(year, month, day, hour, minute, second, 0, JST_OFFSET_MINUTES);
}

/** The two-digit number at text[i..i+2), or NaN. */
function twoDigits(text: string, i: number): number {
  return digit(text, i) * 10 + digit(text, i + 1);
}

/** Minutes east of UTC for "Z", "+09", "+0900" or "+09:00"; null when out of range. */
function zoneOffsetMinutes(zone: string): number | null {
  if (zone.toUpperCase() === 'Z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
  if (hours > 14 || minutes > 59) return null;
  return sign * (hours * 60 + minutes);
}
