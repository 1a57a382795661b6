/** A piece of a displayed value, marked when it lies inside a search match. */
export interface HighlightSegment {
  readonly text: string;
  readonly isMatch: boolean;
}

/**
 * Splits `value` into consecutive pieces, marking those covered by `ranges` ([start, end) offsets in
 * UTF-16 units). Ranges may overlap, be unsorted or stick out of the value: they are clamped and merged.
 * The pieces concatenate back to `value` (an empty value gives no pieces).
 */
export function highlightSegments(value: string, ranges: readonly { readonly start: number; readonly end: number }[]): HighlightSegment[] {
  const clamped = ranges
    .map((range) => ({ start: Math.max(0, Math.min(range.start, value.length)), end: Math.max(0, Math.min(range.end, value.length)) }))
    .filter((range) => range.end > range.start)
    .sort((a, b) => a.start - b.start);
  const pieces: HighlightSegment[] = [];
  let cursor = 0;
  for (const range of clamped) {
    if (range.end <= cursor) continue;
    const start = Math.max(range.start, cursor);
    if (start > cursor) pieces.push({ text: value.slice(cursor, start), isMatch: false });
    // Merge with the previous match when they touch or overlap.
    const previous = pieces[pieces.length - 1];
    if (previous?.isMatch && start === cursor) pieces[pieces.length - 1] = { text: previous.text + value.slice(start, range.end), isMatch: true };
    else pieces.push({ text: value.slice(start, range.end), isMatch: true });
    cursor = range.end;
  }
  if (cursor < value.length) pieces.push({ text: value.slice(cursor), isMatch: false });
  return pieces;
}
