/** One CSV cell: text from the data (guarded against formulas), a number we computed, or empty. */
export type CsvCell = string | number | null;

// OWASP "CSV Injection": a cell starting with one of these is a formula in Excel and LibreOffice.
// The full-width forms ＝＋－＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) count too: Excel on a Japanese
// Windows normalises them to their ASCII forms when it reads a cell, so they start formulas as well.
const FORMULA_START = /^[=+\-@\t\r\uff1d\uff0b\uff0d\uff20]/;

/** A text cell made inert for spreadsheets: a leading = + - @ (ASCII or full-width), TAB or CR gets a "'" prefix. */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One RFC 4180 field: quoted (with doubled quotes) when it holds a quote, comma, CR or LF. */
export function csvField(cell: CsvCell): string {
  if (cell === null) return '';
  const text = typeof cell === 'number' ? String(cell) : guardFormula(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A whole CSV file as bytes Excel opens correctly on a Japanese Windows: UTF-8 with a byte-order
 * mark (without it Excel reads CP932), CRLF after every row (RFC 4180 §2), fields per csvField.
 */
export function csvBytes(rows: readonly (readonly CsvCell[])[]): Uint8Array {
  const text = rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
  const body = new TextEncoder().encode(text);
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}
