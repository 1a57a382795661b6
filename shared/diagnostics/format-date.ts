/**
 * Dates for messages, in Japan time: the TSV, NII's pages and the staff all speak JST (+09:00),
 * and Japan has no daylight saving time, so a fixed offset is exact (no Intl time-zone data needed).
 */
const JST_OFFSET_MS = 9 * 60 * 60 * 1000;

const pad = (value: number): string => String(value).padStart(2, '0');

/** "YYYY/MM/DD" of an epoch-ms instant, in Japan time. */
export function formatJstDate(epochMs: number): string {
  const date = new Date(epochMs + JST_OFFSET_MS);
  return `${date.getUTCFullYear()}/${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}`;
}

/** "YYYY/MM/DD HH:MM:SS" of an epoch-ms instant, in Japan time (no zone suffix; callers add "JST"). */
export function formatJstDateTime(epochMs: number): string {
  const date = new Date(epochMs + JST_OFFSET_MS);
  return `${formatJstDate(epochMs)} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}
