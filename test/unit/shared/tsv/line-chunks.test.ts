import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAlignedChunks } from '../../../../shared/tsv/line-chunks';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const ascii = (text: string) => new TextEncoder().encode(text);
const text = (chunk: Uint8Array) => new TextDecoder().decode(chunk);

describe('lineAlignedChunks', () => {
  it.each([
    { name: 'ends every chunk just after a LF', input: 'ab\ncd\nef\n', size: 2, want: ['ab\n', 'cd\n', 'ef\n'] },
    { name: 'keeps whole lines longer than the chunk size', input: 'abcdef\ngh\n', size: 2, want: ['abcdef\n', 'gh\n'] },
    { name: 'puts several short lines in one chunk', input: 'a\nb\nc\nd\n', size: 4, want: ['a\nb\n', 'c\nd\n'] },
    { name: 'yields the last line without a final newline', input: 'ab\ncd', size: 2, want: ['ab\n', 'cd'] },
    { name: 'starts after the given offset (a BOM)', input: 'XYZab\n', size: 100, start: 3, want: ['ab\n'] },
    { name: 'yields nothing for no bytes', input: '', size: 2, want: [] },
  ])('$name', ({ input, size, start, want }) => {
    expect([...lineAlignedChunks(ascii(input), start ?? 0, size)].map(text)).toEqual(want);
  });

  it('splits any bytes into line-aligned chunks that join back to the input', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), fc.integer({ min: 1, max: 64 }), (bytes, size) => {
        const chunks = [...lineAlignedChunks(bytes, 0, size)];
        expect(chunks.flatMap((chunk) => Array.from(chunk))).toEqual(Array.from(bytes));
        chunks.slice(0, -1).forEach((chunk) => expect(chunk[chunk.length - 1]).toBe(0x0a));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
