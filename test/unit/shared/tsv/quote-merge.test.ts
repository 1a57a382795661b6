import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QuoteMerger, unquotePiece, type LogicalRow } from '../../../../shared/tsv/quote-merge';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

/** Feeds TSV text line by line (split at LF and TAB) and collects every row. */
function merge(text: string, merger = new QuoteMerger()): LogicalRow[] {
  const rows: LogicalRow[] = [];
  text.split('\n').forEach((line, i) => rows.push(...merger.push({ line: i + 1, cells: line.split('\t') })));
  rows.push(...merger.finish());
  return rows;
}

const ID_START = (cells: readonly string[]) => cells.length >= 3 && /^\d+$/.test(cells[0]!);

describe('QuoteMerger', () => {
  it.each([
    { name: 'passes lines without quotes through', input: 'a\tb\nc\td', want: [['a', 'b'], ['c', 'd']] },
    { name: 'unquotes a quoted cell on one line', input: '"a b"\tc', want: [['a b', 'c']] },
    { name: 'joins a quoted cell across lines with LF', input: 'x\t"line1\nline2\nline3"\ty', want: [['x', 'line1\nline2\nline3', 'y']] },
    { name: 'keeps a TAB inside quotes', input: '"a\tb"\tc', want: [['a\tb', 'c']] },
    { name: 'unescapes doubled quotes', input: '"say ""hi"""\tz', want: [['say "hi"', 'z']] },
    { name: 'reads "" as an empty quoted cell', input: '""\ta', want: [['', 'a']] },
    { name: 'keeps a quote inside an unquoted cell as text', input: 'ab"c\td"e', want: [['ab"c', 'd"e']] },
    { name: 'keeps a quote that is closed mid-cell as text', input: '"abc"def\tg', want: [['"abc"def', 'g']] },
    { name: 'does not close a quote on a later cell that has a lone quote inside', input: '"a\tb "c"\td', want: [['"a', 'b "c"', 'd']] },
    { name: 'reads a stray opening quote as text at the end of the file', input: 'a\t"oops\tb', want: [['a', '"oops', 'b']] },
    { name: 'continues after a quoted cell closes mid-line', input: '1\t"p\nq"\t2\t"r"\n3', want: [['1', 'p\nq', '2', 'r'], ['3']] },
  ])('$name', ({ input, want }) => {
    expect(merge(input).map((row) => row.cells)).toEqual(want);
  });

  it('tracks the physical line where each row starts', () => {
    const rows = merge('h\n1\t"a\nb\nc"\t2\n3\tx');
    expect(rows.map((row) => row.line)).toEqual([1, 2, 5]);
  });

  it('tracks the physical line of each cell of a multi-line row', () => {
    const [row] = merge('1\t"a\nb"\t2');
    expect(row!.cellLines).toEqual([1, 1, 2]);
  });

  it('does not let a stray quote swallow the next record', () => {
    const merger = new QuoteMerger({ isRecordStart: ID_START });
    const rows = merge('100\t"stray\tx\n101\tfine\ty"\n102\tz\tw', merger);
    expect(rows.map((row) => row.cells[0])).toEqual(['100', '101', '102']);
    expect(rows[0]!.cells[1]).toBe('"stray');
    expect(rows[0]!.unclosedQuotes).toEqual([{ column: 2, isJoined: false }]);
  });

  it('gives up on a quote not closed within the line bound and reads the lines again', () => {
    const lines = ['1\t"open', ...Array.from({ length: 10 }, (_, i) => `l${i}`), 'end"\t2'];
    const rows = merge(lines.join('\n'), new QuoteMerger({ maxLines: 5 }));
    expect(rows[0]!.cells).toEqual(['1', '"open']);
    expect(rows[0]!.unclosedQuotes).toEqual([{ column: 2, isJoined: false }]);
    expect(rows.length).toBe(12);
  });

  it('joins the lines of a never-closed quoted cell up to the next record', () => {
    const merger = new QuoteMerger({ isRecordStart: ID_START });
    const rows = merge('100\t"-----BEGIN CERTIFICATE-----\nMIIB\nAAAA\n101\tx\ty', merger);
    expect(rows.map((row) => row.cells)).toEqual([['100', '-----BEGIN CERTIFICATE-----\nMIIB\nAAAA'], ['101', 'x', 'y']]);
    expect(rows[0]!.unclosedQuotes).toEqual([{ column: 2, isJoined: true }]);
    expect(rows[1]!.line).toBe(4);
  });

  it('ends a never-closed quoted cell at the first TAB after a line break, keeping the cells after it', () => {
    const merger = new QuoteMerger({ isRecordStart: ID_START });
    const rows = merge('100\t"BEGIN\nMIIB\nEND\tx\ty\n101\ta\tb', merger);
    expect(rows.map((row) => row.cells)).toEqual([['100', 'BEGIN\nMIIB\nEND', 'x', 'y'], ['101', 'a', 'b']]);
    expect(rows[0]!.cellLines).toEqual([1, 1, 3, 3]);
  });

  it('joins the lines of a never-closed quoted cell up to the end of a cut file', () => {
    const rows = merge('100\t"-----BEGIN CERTIFICATE-----\nMIIB');
    expect(rows.map((row) => row.cells)).toEqual([['100', '-----BEGIN CERTIFICATE-----\nMIIB']]);
    expect(rows[0]!.unclosedQuotes).toEqual([{ column: 2, isJoined: true }]);
  });

  it('waits for more lines while a quote is open and no bound is reached', () => {
    const merger = new QuoteMerger();
    expect(merger.push({ line: 1, cells: ['1', '"-----BEGIN'] })).toEqual([]);
    expect(merger.push({ line: 2, cells: ['MIIB'] })).toEqual([]);
    const rows = merger.push({ line: 3, cells: ['-----END"', 'x'] });
    expect(rows.map((row) => row.cells)).toEqual([['1', '-----BEGIN\nMIIB\n-----END', 'x']]);
  });
});

describe('unquotePiece', () => {
  it.each([
    { name: 'closes at a final quote', input: 'abc"', want: { content: 'abc', state: 'closed' } },
    { name: 'stays open without a quote', input: 'abc', want: { content: 'abc', state: 'open' } },
    { name: 'treats a doubled final quote as text', input: 'abc""', want: { content: 'abc"', state: 'open' } },
    { name: 'calls a lone inner quote invalid quoting', input: 'a"b', want: { content: 'a', state: 'invalid' } },
  ])('$name', ({ input, want }) => {
    expect(unquotePiece(input)).toEqual(want);
  });
});

describe('QuoteMerger properties', () => {
  const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '"', '\t', '\n', 'あ'), maxLength: 8 });
  const plainCell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'あ'), maxLength: 8 });

  it('reads back RFC 4180-quoted rows exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const quote = (value: string) => (/["\t\n]/.test(value) || value.startsWith('"') ? `"${value.replace(/"/g, '""')}"` : value);
        const text = rows.map((cells) => cells.map(quote).join('\t')).join('\n');
        expect(merge(text).map((row) => row.cells)).toEqual(rows);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('passes rows without quotes through one line each', () => {
    fc.assert(
      fc.property(fc.array(fc.array(plainCell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const text = rows.map((cells) => cells.join('\t')).join('\n');
        const merged = merge(text);
        expect(merged.map((row) => row.cells)).toEqual(rows);
        expect(merged.map((row) => row.line)).toEqual(rows.map((_, i) => i + 1));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('QuoteMerger fuzz', () => {
  it('never throws, never loses a line and keeps rows in order on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('1', 'a', '"', '\t', '\n'), maxLength: 120 }), fc.integer({ min: 1, max: 6 }), (text, maxLines) => {
        const rows = merge(text, new QuoteMerger({ maxLines, isRecordStart: ID_START }));
        const starts = rows.map((row) => row.line);
        expect(starts).toEqual([...starts].sort((a, b) => a - b));
        expect(new Set(starts).size).toBe(starts.length);
        const physical = text.split('\n').length;
        expect(starts[0]).toBe(1);
        expect(starts[starts.length - 1]!).toBeLessThanOrEqual(physical);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
