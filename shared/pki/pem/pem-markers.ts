/**
 * Finding PEM BEGIN/END markers leniently (RFC 7468 §2 says five dashes; pasted text has four, six,
 * or two markers glued into one run of ten).
 */

const MARKER = /(-*)[ \t]*\b(BEGIN|END)[ \t]+([A-Za-z0-9](?:[A-Za-z0-9 ._#]*[A-Za-z0-9])?)[ \t]*(-*)/gi;

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

/** Every BEGIN/END marker of a text, however many dashes it has, glued markers included. */
export function findMarkers(text: string, lineOf: (offset: number) => number): Marker[] {
  const markers: Marker[] = [];
  for (const match of text.matchAll(MARKER)) {
    const lead = match[1]!.length;
    const trail = match[4]!.length;
    const previous = markers[markers.length - 1];
    const glued = previous !== undefined && previous.end === match.index;
    if (lead < 2 && trail < 2 && !glued) continue;
    markers.push({
      kind: match[2]!.toUpperCase() as 'BEGIN' | 'END',
      rawLabel: match[3]!,
      start: match.index,
      end: match.index + match[0].length,
      line: lineOf(match.index),
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
