import Papa from 'papaparse/papaparse.min.js';

/**
 * Splits decoded text into physical lines of TAB-separated cells, one array per line, with a
 * trailing CR removed (CRLF, LF and mixed endings alike). A final newline does not add an empty line.
 * papaparse runs in fastMode, i.e. without quote handling: its quote handling silently drops the rest of
 * the file after a cell that starts with a literal `"`; quotes are merged leniently afterwards instead.
 */
export function splitTabLines(text: string): string[][] {
  if (text === '') return [];
  const rows = Papa.parse(text, {
    delimiter: '\t',
    newline: '\n',
    fastMode: true,
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
  }).data;
  if (text.charCodeAt(text.length - 1) === 0x0a) rows.pop();
  for (const cells of rows) {
    const last = cells.length - 1;
    const cell = cells[last]!;
    if (cell.charCodeAt(cell.length - 1) === 0x0d) cells[last] = cell.slice(0, -1);
  }
  return rows;
}
