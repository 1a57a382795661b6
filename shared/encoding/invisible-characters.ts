/**
 * Characters that are invisible or that change how the text around them reads, and so must never
 * reach a screen, a terminal or a JSON reader raw: C0 controls, DEL, C1 controls (U+009B is an 8-bit
 * terminal escape, CSI), the soft hyphen, the Arabic letter mark U+061C, the Mongolian vowel separator,
 * zero-width characters (U+200B–U+200D, U+2060–U+2064, U+FEFF), the directional marks U+200E/U+200F,
 * the line and paragraph separators U+2028/U+2029, the bidi embeddings and overrides U+202A–U+202E
 * and isolates U+2066–U+2069 (Unicode UAX #9; "Trojan Source", CVE-2021-42574: "www.\u202etrc.exe"
 * reads as "www.exe.crt"), and the interlinear annotation controls U+FFF9–U+FFFB.
 */
const INVISIBLE_SOURCE =
  '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u061c\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff\\ufff9-\\ufffb]';

const INVISIBLE = new RegExp(INVISIBLE_SOURCE);
const INVISIBLE_ALL = new RegExp(INVISIBLE_SOURCE, 'g');
// Without C0: JSON.stringify already writes those as \n, \t, \u001b… inside strings, and its own
// indentation uses raw LF and spaces, which must stay.
const INVISIBLE_BEYOND_C0 = /[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

/** The code point of one UTF-16 unit as "U+202E" (four upper-case hex digits at least). */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True when `text` holds at least one invisible or reordering character (see INVISIBLE_SOURCE). */
export function hasInvisibleCharacters(text: string): boolean {
  return INVISIBLE.test(text);
}

/** The distinct invisible characters of `text` as code point labels ("U+202E"), in order of first appearance. */
export function invisibleCharacterLabels(text: string): string[] {
  return [...new Set(Array.from(text.matchAll(INVISIBLE_ALL), (match) => codePointLabel(match[0])))];
}

/** `text` with every invisible or reordering character replaced by `mask` (a terminal line that cannot be reordered or moved). */
export function maskInvisible(text: string, mask: string): string {
  return text.replace(INVISIBLE_ALL, mask);
}

/** Options of escapeInvisible. */
export interface EscapeInvisibleOptions {
  /** Keep LF (and turn CRLF into LF) for multi-line text shown as lines; every other character is escaped. */
  readonly keepLineBreaks?: boolean;
}

/**
 * `text` with every invisible or reordering character written as a visible escape, "⟨U+202E⟩"
 * (U+27E8/U+27E9 around the code point), so what is shown is what is there: "www.⟨U+202E⟩trc.exe".
 */
export function escapeInvisible(text: string, options: EscapeInvisibleOptions = {}): string {
  if (!INVISIBLE.test(text)) return text;
  const source = options.keepLineBreaks ? text.replace(/\r\n/g, '\n') : text;
  return source.replace(INVISIBLE_ALL, (char) => (options.keepLineBreaks && char === '\n' ? char : `⟨${codePointLabel(char)}⟩`));
}

/**
 * JSON text of `value` (JSON.stringify with `indent`) in which DEL, C1, bidi, zero-width and the
 * U+2028/U+2029 separators are written as \uXXXX escapes too (JSON.stringify leaves them raw; RFC 8259
 * §7 allows any character to be escaped), so no reader or terminal acts on them. C0 controls are
 * already escaped by JSON.stringify. The parsed value is unchanged.
 */
export function stringifyJsonEscaped(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(INVISIBLE_BEYOND_C0, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
