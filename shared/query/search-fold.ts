/**
 * Kanji that names are registered with either way (異体字): the variant → the form people type. Each
 * side is one UTF-16 unit, so offsets into the displayed value stay true for highlighting.
 */
const NAME_VARIANTS: ReadonlyMap<string, string> = new Map(
  ['髙高', '﨑崎', '嵜崎', '邊辺', '邉辺', '齋斎', '齊斎', '斉斎', '澤沢', '濵浜', '濱浜', '嶋島', '嶌島', '德徳', '眞真', '廣広', '國国', '櫻桜', '冨富', '槇槙', '藪薮', '瀨瀬', '龍竜', '籠篭', '邨村', '黑黒', '髮髪', '惠恵', '曻昇'].map((pair) => [pair[0]!, pair[1]!]),
);

// Characters that may fold: a name variant, or a unit whose NFKC form can differ (general punctuation
// and CJK symbols, compatibility ideographs, full-width and half-width forms).
const MAY_FOLD = new RegExp(`[\\u2000-\\u303f\\uf900-\\ufaff\\uff00-\\uffef${[...NAME_VARIANTS.keys()].join('')}]`);

/**
 * Lower-cases text so that every UTF-16 unit stays at its offset. `toLowerCase` can change the length
 * (`İ` → `i̇`), which would shift highlight ranges; such characters are then kept as they are.
 */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out;
}

/** One UTF-16 unit in its search form: the common form of a name variant, else its NFKC form when that is one unit. */
function foldUnit(char: string): string {
  const variant = NAME_VARIANTS.get(char);
  if (variant !== undefined) return variant;
  const normal = char.normalize('NFKC');
  return normal.length === 1 ? normal : char;
}

/**
 * Text in the form the search compares: lower case, full-width letters and digits as ASCII,
 * half-width katakana as full-width, compatibility ideographs and name variants (髙 → 高) as their
 * common form, every character kept at its offset (one whose folded form is longer stays as it is).
 * Applied alike to the indexed values and to the query.
 */
export function foldForSearch(text: string): string {
  if (!MAY_FOLD.test(text)) return lowerSameLength(text);
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldUnit(text[i]!);
  return lowerSameLength(folded);
}
