/**
 * Writing Shift_JIS (CP932, the WHATWG "Shift_JIS" that Windows and every browser mean by it), for
 * the request files NII's system takes. There is no TextEncoder for it, so the table is the
 * platform's own Shift_JIS decoder run backwards once: whatever this writes, the list reader (which
 * decodes with that decoder) reads back as the same text, but for the few characters written with
 * another character's code (the WHATWG encoder's three, and JIS_SPELLINGS).
 */

/** Where a text has a character Shift_JIS cannot hold: its UTF-16 offset and the character itself. */
export interface UnencodableCharacter {
  readonly offset: number;
  readonly character: string;
}

// WHATWG Encoding §13.3: pointers 8272–8835 (NEC-selected IBM extensions) duplicate the IBM
// extensions further on; the encoder takes the other pointer. 8836–10715 are the user-defined area.
const NEC_SELECTED_IBM = { first: 8272, last: 8835 };
const USER_DEFINED = { first: 8836, last: 10715 };
const POINTER_COUNT = 11280;

/**
 * JIS X 0208 characters that Unicode spells two ways: the JIS mapping (what macOS and most non-Windows
 * input gives, e.g. 〜 U+301C) and CP932's (～ U+FF5E), which the table holds. The same JIS code is
 * written for both, so a name typed on a Mac is not refused; it reads back in CP932's spelling.
 */
const JIS_SPELLINGS: ReadonlyMap<number, number> = new Map([
  [0x301c, 0xff5e], // 〜 WAVE DASH
  [0x2016, 0x2225], // ‖ DOUBLE VERTICAL LINE
  [0x2014, 0x2015], // — EM DASH
  [0x00a2, 0xffe0], // ¢
  [0x00a3, 0xffe1], // £
  [0x00ac, 0xffe2], // ¬
]);

let encodeTable: Map<number, number> | null | undefined;

/** The two bytes of a Shift_JIS pointer (WHATWG Encoding §13.3.2), as one number lead << 8 | trail. */
function pointerBytes(pointer: number): number {
  const lead = Math.floor(pointer / 188);
  const trail = pointer % 188;
  return ((lead < 0x1f ? lead + 0x81 : lead + 0xc1) << 8) | (trail < 0x3f ? trail + 0x40 : trail + 0x41);
}

/** Code point → two-byte value, from the platform decoder; null when the platform has no Shift_JIS decoder. */
function table(): Map<number, number> | null {
  if (encodeTable !== undefined) return encodeTable;
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder('shift_jis');
  } catch {
    encodeTable = null;
    return null;
  }
  // Every pair on its own line: an unmapped pair decodes to U+FFFD (plus its trail byte when that is
  // ASCII) and so never lines up as one character.
  const bytes = new Uint8Array(POINTER_COUNT * 3);
  for (let pointer = 0; pointer < POINTER_COUNT; pointer++) {
    const value = pointerBytes(pointer);
    bytes[pointer * 3] = value >> 8;
    bytes[pointer * 3 + 1] = value & 0xff;
    bytes[pointer * 3 + 2] = 0x0a;
  }
  const decoded = decoder.decode(bytes).split('\n');
  const map = new Map<number, number>();
  for (let pointer = 0; pointer < POINTER_COUNT; pointer++) {
    if (pointer >= NEC_SELECTED_IBM.first && pointer <= NEC_SELECTED_IBM.last) continue;
    if (pointer >= USER_DEFINED.first && pointer <= USER_DEFINED.last) continue;
    const text = decoded[pointer] ?? '';
    if (text.length !== 1 || text === '\ufffd') continue;
    const codePoint = text.charCodeAt(0);
    if (!map.has(codePoint)) map.set(codePoint, pointerBytes(pointer));
  }
  encodeTable = map;
  return map;
}

/** The Shift_JIS bytes of one code point (one or two bytes), or null when it has none. */
function encodeCodePoint(codePoint: number, map: Map<number, number>): number | null {
  if (codePoint <= 0x80) return codePoint; // ASCII, and U+0080 that CP932 keeps at 0x80
  // The WHATWG encoder's three substitutions (they read back as \, ~ and －): ¥ and ‾ are what JIS X 0201 puts at \ and ~.
  if (codePoint === 0xa5) return 0x5c;
  if (codePoint === 0x203e) return 0x7e;
  if (codePoint >= 0xff61 && codePoint <= 0xff9f) return codePoint - 0xff61 + 0xa1; // half-width katakana
  if (codePoint === 0x2212) codePoint = 0xff0d;
  return map.get(JIS_SPELLINGS.get(codePoint) ?? codePoint) ?? null;
}

/** Every character of `text` that Shift_JIS (CP932) cannot hold, in order. Empty when the platform has no Shift_JIS decoder to build the table from (encodeShiftJis then answers null). */
export function shiftJisUnencodable(text: string): UnencodableCharacter[] {
  const map = table();
  if (map === null) return [];
  const found: UnencodableCharacter[] = [];
  for (let offset = 0; offset < text.length; ) {
    const codePoint = text.codePointAt(offset)!;
    const width = codePoint > 0xffff ? 2 : 1;
    if (encodeCodePoint(codePoint, map) === null) found.push({ offset, character: text.slice(offset, offset + width) });
    offset += width;
  }
  return found;
}

/**
 * True when `character` is written with a CP932 extension of Shift_JIS rather than a JIS X 0208
 * (or ASCII / half-width katakana) code: NEC row 13 (①, ㈱, Ⅰ…) and the IBM extensions (髙, 﨑…).
 * Systems that take strict Shift_JIS refuse these.
 */
export function isCp932Extension(character: string): boolean {
  const map = table();
  const codePoint = character.codePointAt(0);
  if (map === null || codePoint === undefined) return false;
  const value = encodeCodePoint(codePoint, map);
  if (value === null || value < 0x100) return false;
  const lead = value >> 8;
  return lead === 0x87 || lead >= 0xed;
}

/** `text` in Shift_JIS (CP932); null when a character cannot be written (shiftJisUnencodable says which) or the platform has no table. */
export function encodeShiftJis(text: string): Uint8Array | null {
  const map = table();
  if (map === null) return null;
  const out = new Uint8Array(text.length * 2);
  let length = 0;
  for (let offset = 0; offset < text.length; ) {
    const codePoint = text.codePointAt(offset)!;
    offset += codePoint > 0xffff ? 2 : 1;
    const value = encodeCodePoint(codePoint, map);
    if (value === null) return null;
    if (value > 0xff) out[length++] = value >> 8;
    out[length++] = value & 0xff;
  }
  return out.slice(0, length);
}
