import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countOperations } from '../../../../../shared/model/operation-count';
import { findMarkers, lineIndex, type Marker } from '../../../../../shared/pki/pem/pem-markers';
import { FUZZ_RUNS } from '../../../../support/fuzz-runs';

/**
 * The markers as the former single pattern found them, leading dashes included. It is quadratic in a
 * run of dashes or blanks without a keyword, so it is only run here on short texts, as the reference
 * the linear scan must agree with.
 */
function referenceMarkers(text: string): Marker[] {
  const pattern = /(-*)[ \t]*\b(BEGIN|END)[ \t]+([A-Za-z0-9](?:[A-Za-z0-9 ._#]*[A-Za-z0-9])?)[ \t]*(-*)/gi;
  const lineOf = lineIndex(text);
  const markers: Marker[] = [];
  for (const match of text.matchAll(pattern)) {
    const lead = match[1]!.length;
    const trail = match[4]!.length;
    const previous = markers[markers.length - 1];
    if (lead < 2 && trail < 2 && !(previous !== undefined && previous.end === match.index)) continue;
    markers.push({ kind: match[2]!.toUpperCase() as 'BEGIN' | 'END', rawLabel: match[3]!, start: match.index, end: match.index + match[0].length, line: lineOf(match.index), dashes: [lead, trail] });
  }
  return markers;
}

/** The markers findMarkers finds in a text. */
const markersOf = (text: string): Marker[] => findMarkers(text, lineIndex(text));

describe('findMarkers', () => {
  const table = [
    { name: 'a megabyte of dashes', text: '-'.repeat(1_000_000) },
    { name: 'a dash and a megabyte of blanks', text: `-${' \t'.repeat(500_000)}` },
    { name: 'a megabyte of dashes and blanks', text: '- '.repeat(500_000) },
    { name: 'a megabyte of blanks inside a PEM block', text: `-----BEGIN CERTIFICATE-----\n${' '.repeat(1_000_000)}x\n-----END CERTIFICATE-----\n` },
  ];
  it.each(table)('scans $name in linear time, each character at most once', async ({ text }) => {
    const { counts } = await countOperations(() => markersOf(text));
    expect(counts.get('pem-markers') ?? 0).toBeLessThanOrEqual(text.length);
  });

  it('finds glued markers with their dashes shared out', () => {
    expect(markersOf('-----END A----------BEGIN B-----').map((marker) => marker.dashes)).toEqual([
      [5, 5],
      [5, 5],
    ]);
  });

  it('fuzz: finds the same markers as the former single pattern on any short text of marker characters', () => {
    const unit = fc.constantFrom('-', '-----', ' ', '\t', '\n', 'BEGIN', 'END', 'begin', ' CERTIFICATE', 'X', 'A1', '.', '#');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const reference = referenceMarkers(text);
        // The reference before its dash sharing: compare where both find markers and what they hold.
        expect(markersOf(text).map(({ kind, rawLabel, start, end, line }) => ({ kind, rawLabel, start, end, line }))).toEqual(
          reference.map(({ kind, rawLabel, start, end, line }) => ({ kind, rawLabel, start, end, line })),
        );
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
