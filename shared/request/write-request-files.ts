import { encodeShiftJis } from '../encoding/shift-jis';
import { MAX_REQUESTS_PER_FILE, requestRowFields, type RequestRow } from './request-format';

/**
 * The bytes of request files: Shift_JIS (CP932), TAB between the 13 columns, CRLF after every line,
 * no header, at most 99 rows a file (docs/request-files.md, "File level").
 */

/** One file's rows in the order given, as bytes. Throws on a character Shift_JIS cannot hold: the builders refuse such rows first. */
export function requestFileBytes(rows: readonly RequestRow[]): Uint8Array {
  const text = rows.map((row) => `${requestRowFields(row).join('\t')}\r\n`).join('');
  const bytes = encodeShiftJis(text);
  if (bytes === null) throw new Error('A request row holds a character Shift_JIS cannot hold (checkRowFormat reports it).');
  return bytes;
}

/** The rows cut into files of at most 99 rows each, in order. */
export function splitRequestRows(rows: readonly RequestRow[]): RequestRow[][] {
  const parts: RequestRow[][] = [];
  for (let start = 0; start < rows.length; start += MAX_REQUESTS_PER_FILE) parts.push(rows.slice(start, start + MAX_REQUESTS_PER_FILE));
  return parts;
}
