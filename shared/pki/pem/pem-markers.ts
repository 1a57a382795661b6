/**
 * Finding PEM BEGIN/END markers leniently (RFC 7468 §2 says five dashes; pasted text has four, six,
 * or two markers glued into one run of ten).
 */

import { countOperation } from '../../model/operation-count';

// The keyword onwards. The leading dashes and blanks are found by scanning back from the keyword: a
// pattern that starts with them (/(-*)[ \t]*\bBEGIN/) retries at every dash or blank of a long run
// without a keyword, quadratic in the run (a file of 40,000 dashes took 9 s).
const MARKER = /\b(BEGIN|END)[ \t]+([A-Za-z0-9](?:[A-Za-z0-9 ._#]*[A-Za-z0-9])?)[ \t]*(-*)/gi;

/** One BEGIN or END marker: label as written, offsets, 1-based line, and the dash counts on each side. */
export interface Marker {
  readonly kind: 'BEGIN' | 'END';
  readonly rawLabel: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly dashes: readonly [number, number];
}

/** 1-based line number of every offset, by binary search over line starts. */
export function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/**
 * Where a marker whose keyword is at `keyword` starts, and its leading dashes: back over blanks, then
 * over dashes (what /(-*)[ \t]*BEGIN/ matches from its leftmost start), never before `floor`.
 */
function leadingDashes(text: string, keyword: number, floor: number): { start: number; lead: number } {
  let at = keyword;
  while (at > floor && (text.charCodeAt(at - 1) === 0x20 || text.charCodeAt(at - 1) === 0x09)) at--;
  const blanksStart = at;
  while (at > floor && text.charCodeAt(at - 1) === 0x2d) at--;
  countOperation('pem-markers', 1 + keyword - at);
  // Blanks with no dash before them still belong to the match, as the leftmost match would have them.
  return { start: at, lead: blanksStart - at };
}

/** Every BEGIN/END marker of a text, however many dashes it has, glued markers included. */
export function findMarkers(text: string, lineOf: (offset: number) => number): Marker[] {
  const markers: Marker[] = [];
  // Where the previous match ended: the scan back never crosses it, so each character is looked at once.
  let previousEnd = 0;
  for (const match of text.matchAll(MARKER)) {
    const { start, lead } = leadingDashes(text, match.index, previousEnd);
    const end = match.index + match[0].length;
    previousEnd = end;
    const trail = match[3]!.length;
    const previous = markers[markers.length - 1];
    const glued = previous !== undefined && previous.end === start;
    if (lead < 2 && trail < 2 && !glued) continue;
    markers.push({
      kind: match[1]!.toUpperCase() as 'BEGIN' | 'END',
      rawLabel: match[2]!,
      start,
      end,
      line: lineOf(start),
      dashes: [lead, trail],
    });
  }
  // A run like "-----END X----------BEGIN Y-----" is read as one long trailing run: share it out.
  for (let i = 0; i + 1 < markers.length; i++) {
    const current = markers[i]!;
    const next = markers[i + 1]!;
    if (current.end === next.start && next.dashes[0] === 0 && current.dashes[1] > 5) {
      const shared = current.dashes[1];
      markers[i] = { ...current, dashes: [current.dashes[0], Math.ceil(shared / 2)] };
      markers[i + 1] = { ...next, dashes: [Math.floor(shared / 2), next.dashes[1]] };
    }
  }
  return markers;
}
