import type { LocalizedText } from './localized-text';

/**
 * Where in an input file something is: the file's name, the 1-based line and column, and, for one
 * cell of a list, the column's header label (as written in the file, and its English name). Any
 * part may be unknown (null). Messages never carry their location in their text: each front end
 * shows this object, in the words of describeLocation.
 */
export interface SourceLocation {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
  readonly columnLabel: LocalizedText | null;
}

/** A location from the parts that are known. */
export function sourceLocation(parts: Partial<SourceLocation>): SourceLocation {
  return { file: parts.file ?? null, line: parts.line ?? null, column: parts.column ?? null, columnLabel: parts.columnLabel ?? null };
}

/**
 * The one way a location is written, per language: 「server.pem 12行目 23列目（発行・更新申請-証明書）」 /
 * "server.pem, line 12, column 23 (Certificate)". Unknown parts are left out; `withFile: false`
 * leaves the file out where the reader already knows it (a report under the file's heading).
 */
export function describeLocation(location: SourceLocation, options: { readonly withFile?: boolean } = {}): LocalizedText {
  const file = options.withFile === false ? null : location.file;
  const ja: string[] = [];
  const en: string[] = [];
  if (file) {
    ja.push(file);
    en.push(file);
  }
  if (location.line !== null) {
    ja.push(`${location.line}行目${location.column !== null ? ` ${location.column}列目` : ''}`);
    en.push(`line ${location.line}${location.column !== null ? `, column ${location.column}` : ''}`);
  }
  const label = location.columnLabel;
  return {
    ja: ja.join(' ') + (label ? `（${label.ja}）` : ''),
    en: en.join(', ') + (label ? ` (${label.en})` : ''),
  };
}

/** A message with its location in front ("12行目: …" / "Line 12: …"), for text that has no separate place to show it; the message alone when the location is empty. */
export function locatedMessage(message: LocalizedText, location: SourceLocation | null | undefined, options: { readonly withFile?: boolean } = {}): LocalizedText {
  if (!location) return message;
  const where = describeLocation(location, options);
  if (where.ja === '' && where.en === '') return message;
  return { ja: `${where.ja}: ${message.ja}`, en: `${capitalise(where.en)}: ${message.en}` };
}

/** "line 12" → "Line 12" at the start of a sentence; a file name is left as it is spelt. */
function capitalise(text: string): string {
  return text.startsWith('line ') ? `L${text.slice(1)}` : text;
}
