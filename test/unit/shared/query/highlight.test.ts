import { describe, expect, it } from 'vitest';
import { highlightSegments } from '../../../../shared/query/highlight';

describe('highlightSegments', () => {
  const cases: { name: string; input: { value: string; ranges: { start: number; end: number }[] }; want: [string, boolean][] }[] = [
    { name: 'no ranges leave the value unmarked', input: { value: 'www.example.jp', ranges: [] }, want: [['www.example.jp', false]] },
    {
      name: 'one range splits the value in three',
      input: { value: 'www.example.jp', ranges: [{ start: 4, end: 11 }] },
      want: [['www.', false], ['example', true], ['.jp', false]],
    },
    { name: 'a range at the start has no empty leading piece', input: { value: 'abc', ranges: [{ start: 0, end: 1 }] }, want: [['a', true], ['bc', false]] },
    { name: 'a range covering everything gives one marked piece', input: { value: 'abc', ranges: [{ start: 0, end: 3 }] }, want: [['abc', true]] },
    {
      name: 'overlapping and touching ranges merge into one mark',
      input: { value: 'abcdefgh', ranges: [{ start: 3, end: 5 }, { start: 1, end: 4 }, { start: 5, end: 6 }] },
      want: [['a', false], ['bcdef', true], ['gh', false]],
    },
    {
      name: 'unsorted separate ranges are marked in order',
      input: { value: 'abcdef', ranges: [{ start: 4, end: 5 }, { start: 0, end: 1 }] },
      want: [['a', true], ['bcd', false], ['e', true], ['f', false]],
    },
    { name: 'ranges sticking out of the value are clamped', input: { value: 'abc', ranges: [{ start: -2, end: 1 }, { start: 2, end: 99 }] }, want: [['a', true], ['b', false], ['c', true]] },
    { name: 'empty and inverted ranges are ignored', input: { value: 'abc', ranges: [{ start: 1, end: 1 }, { start: 2, end: 1 }] }, want: [['abc', false]] },
    { name: 'an empty value gives no pieces', input: { value: '', ranges: [{ start: 0, end: 1 }] }, want: [] },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const pieces = highlightSegments(input.value, input.ranges);
      expect(pieces.map((p) => [p.text, p.isMatch])).toEqual(want);
      expect(pieces.map((p) => p.text).join('')).toBe(input.value);
    });
  }
});
