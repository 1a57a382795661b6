import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitTabLines } from '../../../../shared/tsv/split-tab-lines';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('splitTabLines', () => {
  it.each([
    { name: 'splits LF lines at TABs', input: 'a\tb\nc\td\n', want: [['a', 'b'], ['c', 'd']] },
    { name: 'removes the CR of CRLF lines', input: 'a\tb\r\nc\td\r\n', want: [['a', 'b'], ['c', 'd']] },
    { name: 'handles mixed line endings', input: 'a\r\nb\nc\r\n', want: [['a'], ['b'], ['c']] },
    { name: 'reads a last line without a final newline', input: 'a\tb\nc', want: [['a', 'b'], ['c']] },
    { name: 'keeps empty cells', input: '\ta\t\n', want: [['', 'a', '']] },
    { name: 'keeps a blank line as one empty cell', input: 'a\n\nb\n', want: [['a'], [''], ['b']] },
    { name: 'leaves quotes alone (merged later)', input: '"a\tb"\t"c\n', want: [['"a', 'b"', '"c']] },
    { name: 'gives no lines for empty text', input: '', want: [] },
  ])('$name', ({ input, want }) => {
    expect(splitTabLines(input)).toEqual(want);
  });

  it('gives one array per physical line, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '"', '\t', '\r', '\n', 'あ'), maxLength: 80 }), (text) => {
        const lines = splitTabLines(text);
        const expected = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
        expect(lines.length).toBe(expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
