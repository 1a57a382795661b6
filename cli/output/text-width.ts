import { maskInvisible } from '../../shared/encoding/invisible-characters';

/**
 * Terminal column width of text: East Asian Wide and Fullwidth characters (Unicode UAX #11) take
 * two columns, combining marks and zero-width characters none, everything else one. Ambiguous-width
 * characters count as one, as most terminals draw them outside CJK legacy modes.
 */

// Wide (W) and Fullwidth (F) ranges of UAX #11 that occur in Japanese text, plus emoji.
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f],
  [0x2e80, 0x303e],
  [0x3041, 0x33ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa000, 0xa4cf],
  [0xac00, 0xd7a3],
  [0xf900, 0xfaff],
  [0xfe10, 0xfe19],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff60],
  [0xffe0, 0xffe6],
  [0x1f300, 0x1f64f],
  [0x1f900, 0x1f9ff],
  [0x20000, 0x3fffd],
];

function isWide(code: number): boolean {
  for (const [from, to] of WIDE_RANGES) {
    if (code < from) return false;
    if (code <= to) return true;
  }
  return false;
}

function isZeroWidth(code: number): boolean {
  return (
    (code >= 0x0300 && code <= 0x036f) || // combining diacritics
    (code >= 0x3099 && code <= 0x309a) || // combining kana voiced marks
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0xfe00 && code <= 0xfe0f) || // variation selectors
    code === 0xfeff
  );
}

/** The number of terminal columns `value` occupies. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0)!;
    if (code < 0x20 || isZeroWidth(code)) continue;
    width += isWide(code) ? 2 : 1;
  }
  return width;
}

/** `value` padded with spaces on the right to `width` columns (never cut). */
export function padEndWidth(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}

/** `value` padded with spaces on the left to `width` columns (never cut). */
export function padStartWidth(value: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(value))) + value;
}

/**
 * Control characters (C0, DEL, C1), bidi controls, zero-width characters and the U+2028/U+2029
 * separators (shared/encoding/invisible-characters.ts) shown as "?", so data cannot move the cursor,
 * break or reorder the terminal line, or hide part of a name.
 */
export function printable(value: string): string {
  return maskInvisible(value, '?');
}
