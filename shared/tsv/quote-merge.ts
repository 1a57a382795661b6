/** One physical line of the file, split at TABs, with its 1-based line number. */
export interface PhysicalLine {
  readonly line: number;
  readonly cells: string[];
}

/** One logical row: a physical line, or several joined by a quoted multi-line cell. */
export interface LogicalRow {
  /** 1-based physical line where the row starts. */
  readonly line: number;
  readonly cells: string[];
  /** The physical line of each cell when the row spans several lines; null when it is one line. */
  readonly cellLines: number[] | null;
  /** Cells whose opening `"` was never closed. */
  readonly unclosedQuotes: readonly UnclosedQuote[];
}

/**
 * A cell whose opening `"` was never closed: 1-based column, and whether the cell was joined with the
 * lines up to the next record (true) or its quote kept as text (false).
 */
export interface UnclosedQuote {
  readonly column: number;
  readonly isJoined: boolean;
}

/** How far a quoted cell may run: at most `maxLines` lines, and never into a line that starts a new record. */
export interface QuoteMergeOptions {
  readonly maxLines?: number;
  readonly isRecordStart?: (cells: readonly string[]) => boolean;
}

const QUOTE = 0x22;
const NONE: readonly UnclosedQuote[] = [];

type Scan = { readonly value: string; readonly endLine: number; readonly endCell: number; readonly isClosed: boolean } | 'literal' | 'need-more';

/**
 * Lenient RFC 4180 quote merging over lines already split at TABs (fed line by line, across chunks).
 * A cell that starts with `"` is quoted only when a closing `"` follows at the end of a cell (before a
 * TAB or the end of a line), perhaps on a later line, with no lone `"` before it: the pieces are joined
 * with the TAB and newline they were split at and `""` becomes `"`. Otherwise the `"` is plain text (a
 * stray quote in a free-text cell), so one stray quote never swallows the rest of the file.
 */
export class QuoteMerger {
  private pending: PhysicalLine[] = [];
  private readonly maxLines: number;
  /** Decides whether a line starts a new record; the reader sets it once the header is known. */
  isRecordStart: (cells: readonly string[]) => boolean;

  constructor(options: QuoteMergeOptions = {}) {
    this.maxLines = options.maxLines ?? 200;
    this.isRecordStart = options.isRecordStart ?? (() => false);
  }

  /** Feeds the next physical line; returns the rows it completes (none while a quoted cell is still open). */
  push(line: PhysicalLine): LogicalRow[] {
    if (this.pending.length === 0) {
      if (!line.cells.some((cell) => cell.charCodeAt(0) === QUOTE)) {
        return [{ line: line.line, cells: line.cells, cellLines: null, unclosedQuotes: NONE }];
      }
      this.pending.push(line);
      return this.drain(false);
    }
    this.pending.push(line);
    // Only a line with a quote can close the open cell; only a record start or the bound can end the wait.
    const mayDecide =
      line.cells.some((cell) => cell.includes('"')) || this.pending.length > this.maxLines || this.isRecordStart(line.cells);
    return mayDecide ? this.drain(false) : [];
  }

  /** Ends the input: an open quoted cell ends with the file (or its quote is text); returns the remaining rows. */
  finish(): LogicalRow[] {
    return this.drain(true);
  }

  private drain(isFinal: boolean): LogicalRow[] {
    const rows: LogicalRow[] = [];
    while (this.pending.length > 0) {
      const assembled = this.assemble(isFinal);
      if (assembled === null) break;
      rows.push(assembled.row);
      this.pending = this.pending.slice(assembled.consumed);
    }
    return rows;
  }

  /** Builds the row starting at pending[0]; null when an open quote needs more lines to decide. */
  private assemble(isFinal: boolean): { row: LogicalRow; consumed: number } | null {
    const cells: string[] = [];
    const cellLines: number[] = [];
    const unclosed: UnclosedQuote[] = [];
    let lineIndex = 0;
    let cellIndex = 0;
    for (;;) {
      const line = this.pending[lineIndex]!;
      if (cellIndex >= line.cells.length) break;
      const cell = line.cells[cellIndex]!;
      if (cell.charCodeAt(0) === QUOTE) {
        const scan = this.scanQuoted(lineIndex, cellIndex, isFinal);
        if (scan === 'need-more') return null;
        if (scan !== 'literal') {
          if (!scan.isClosed) unclosed.push({ column: cells.length + 1, isJoined: true });
          cells.push(scan.value);
          cellLines.push(line.line);
          lineIndex = scan.endLine;
          cellIndex = scan.endCell + 1;
          continue;
        }
        unclosed.push({ column: cells.length + 1, isJoined: false });
      }
      cells.push(cell);
      cellLines.push(line.line);
      cellIndex++;
    }
    const first = this.pending[0]!.line;
    return {
      row: { line: first, cells, cellLines: lineIndex === 0 ? null : cellLines, unclosedQuotes: unclosed },
      consumed: lineIndex + 1,
    };
  }

  /**
   * Finds the end of the quoted cell opened at pending[lineIndex].cells[cellIndex]. Without a closing
   * quote, a cell that already spans lines (a file cut inside a quoted PEM, a PEM whose closing quote was
   * lost) runs over the following lines up to the first TAB, the next record or the end of the file, so
   * those lines do not turn into rows of their own; a cell that does not span lines keeps its quote as text.
   */
  private scanQuoted(lineIndex: number, cellIndex: number, isFinal: boolean): Scan {
    const parts: string[] = [];
    let l = lineIndex;
    let c = cellIndex;
    let text = this.pending[l]!.cells[c]!.slice(1);
    // Where an unclosed cell would end: at the first TAB after a line break (null: none seen yet).
    let unclosedEnd: { parts: number; line: number; cell: number } | 'literal' | null = null;
    for (;;) {
      const piece = unquotePiece(text);
      if (piece.state === 'invalid') return 'literal';
      parts.push(piece.content);
      if (piece.state === 'closed') return { value: parts.join(''), endLine: l, endCell: c, isClosed: true };
      const line = this.pending[l]!;
      if (c + 1 < line.cells.length) {
        unclosedEnd ??= l === lineIndex ? 'literal' : { parts: parts.length, line: l, cell: c };
        parts.push('\t');
        c++;
        text = line.cells[c]!;
        continue;
      }
      if (l + 1 - lineIndex >= this.maxLines) return 'literal';
      const isLast = l + 1 >= this.pending.length;
      if (isLast && !isFinal) return 'need-more';
      if (isLast || this.isRecordStart(this.pending[l + 1]!.cells)) {
        unclosedEnd ??= l === lineIndex ? 'literal' : { parts: parts.length, line: l, cell: c };
        if (unclosedEnd === 'literal') return 'literal';
        return { value: parts.slice(0, unclosedEnd.parts).join(''), endLine: unclosedEnd.line, endCell: unclosedEnd.cell, isClosed: false };
      }
      parts.push('\n');
      l++;
      c = 0;
      text = this.pending[l]!.cells[0]!;
    }
  }
}

/**
 * Reads one TAB-free piece of a quoted cell: `""` is a literal quote and a lone `"` at the very end closes
 * the cell. A lone `"` anywhere else cannot occur in a quoted cell (RFC 4180 §2.7), so the opening quote
 * was not quoting: 'invalid' (e.g. `"情報センター` … `Apache "2.4"` in a later cell of the line).
 */
export function unquotePiece(text: string): { content: string; state: 'open' | 'closed' | 'invalid' } {
  let content = '';
  let from = 0;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { content: content + text.slice(from), state: 'open' };
    content += text.slice(from, quote);
    if (text.charCodeAt(quote + 1) === QUOTE) {
      content += '"';
      from = quote + 2;
    } else {
      return { content, state: quote === text.length - 1 ? 'closed' : 'invalid' };
    }
  }
}
