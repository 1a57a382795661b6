import { displayWidth, padEndWidth, padStartWidth, printable } from './text-width';

/** One column of a text table: its header and whether its cells align right (numbers). */
export interface TableColumn {
  readonly header: string;
  readonly alignRight?: boolean;
}

/**
 * A plain-text table: a header row, a rule, then one line per row, columns separated by two spaces
 * and aligned by terminal width (Japanese characters count double). Trailing spaces are trimmed.
 */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const cells = rows.map((row) => columns.map((_, i) => printable(row[i] ?? '')));
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i]!))));
  const line = (values: readonly string[]): string =>
    values
      .map((value, i) => (columns[i]!.alignRight ? padStartWidth(value, widths[i]!) : padEndWidth(value, widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}
