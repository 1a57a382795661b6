import { describe, expect, it } from 'vitest';
import { displayWidth, padEndWidth, printable } from '../../../../cli/output/text-width';
import { INVISIBLE_CLASSES } from '../../../support/invisible-characters';
import { renderTable } from '../../../../cli/output/table';

describe('displayWidth', () => {
  const cases: { name: string; input: string; want: number }[] = [
    { name: 'counts ASCII as one column each', input: 'www.example.jp', want: 14 },
    { name: 'counts kanji and kana as two', input: '有効期限', want: 8 },
    { name: 'counts full-width punctuation as two', input: '（残り）', want: 8 },
    { name: 'counts half-width katakana as one', input: 'ｶﾀｶﾅ', want: 4 },
    { name: 'counts an ideographic space as two', input: '佐藤　花子', want: 10 },
    { name: 'counts a combining mark as zero', input: 'e\u0301', want: 1 },
    { name: 'counts an emoji as two', input: '😀', want: 2 },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(displayWidth(input)).toBe(want));

  it('pads to a display width', () => expect(padEndWidth('有効', 6)).toBe('有効  '));
});

describe('printable', () => {
  it('turns control and bidi characters into "?"', () => expect(printable('a\u001b[31mb\u202ec\nd')).toBe('a?[31mb?c?d'));
  it.each(INVISIBLE_CLASSES)('masks $name (U+2028/2029 and C1 CSI included)', ({ char }) => expect(printable(`a${char}b`)).toBe('a?b'));
});

describe('renderTable', () => {
  it('aligns Japanese and ASCII cells on the same columns', () => {
    const text = renderTable([{ header: 'FQDN' }, { header: '状況' }, { header: 'ID' }], [
      ['www.example.ac.jp', '有効', 'A1'],
      ['a.jp', '期限切れ', 'A2'],
    ]);
    const lines = text.trimEnd().split('\n');
    // Where the last column starts, in display columns, on the header and both rows.
    const idColumn = [lines[0]!, lines[2]!, lines[3]!].map((line) => displayWidth(line.slice(0, line.search(/\S+$/))));
    expect(new Set(idColumn).size).toBe(1);
    expect(lines[1]).toMatch(/^-+ {2}-+ {2}-+$/);
  });
});
