/**
 * Pure date and number formatting shared by the list, the exports and the CLI.
 * UPKI works in Japan time: the TSV's naive date-times are JST (+09:00), and staff read dates in JST.
 */

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

// JST has had no daylight saving since 1951, so a fixed +09:00 offset is exact for every certificate date.
const JST_OFFSET_MS = 9 * 3_600_000;

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
 * Whole days from `now` until `notAfter`, rounded down: 0 means "less than a day left",
 * negative means expired that many (started) days ago.
 */
export function daysLeft(notAfter: number, now: number): number {
  return Math.floor((notAfter - now) / DAY_MS);
}
