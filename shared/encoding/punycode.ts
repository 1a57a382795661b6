/**
 * Punycode encoding (RFC 3492) and IDNA A-label conversion of host names, so that a host typed in
 * Unicode (例: 大学.jp) is compared with certificate dNSNames, which hold A-labels (RFC 5280 §7.2).
 * Written here because shared/ has no `url` or `punycode` module; only encoding is needed.
 */

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 0x7fffffff;

// RFC 3492 §6.1 bias adaptation.
function adapt(delta: number, numPoints: number, firstTime: boolean): number {
  let d = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
  d += Math.floor(d / numPoints);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) >> 1) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

// RFC 3492 §5: 0..25 → a..z, 26..35 → 0..9.
const digitChar = (digit: number): string => String.fromCharCode(digit + 22 + 75 * (digit < 26 ? 1 : 0));

/** The RFC 3492 Punycode of a string (without the "xn--" prefix); null on overflow (absurdly long input). */
export function encodePunycode(input: string): string | null {
  const codePoints = Array.from(input, (ch) => ch.codePointAt(0)!);
  let output = codePoints.filter((cp) => cp < 0x80).map((cp) => String.fromCharCode(cp)).join('');
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output += '-';
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < codePoints.length) {
    let next = MAX_INT;
    for (const cp of codePoints) if (cp >= n && cp < next) next = cp;
    if (next - n > Math.floor((MAX_INT - delta) / (handled + 1))) return null;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const cp of codePoints) {
      if (cp < n && ++delta > MAX_INT) return null;
      if (cp !== n) continue;
      let q = delta;
      for (let k = BASE; ; k += BASE) {
        const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
        if (q < t) break;
        output += digitChar(t + ((q - t) % (BASE - t)));
        q = Math.floor((q - t) / (BASE - t));
      }
      output += digitChar(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/**
 * Code points UTS #46 maps to nothing ("ignored" in its mapping table): the soft hyphen U+00AD, the
 * combining grapheme joiner, Mongolian free variation selectors, zero width space, word joiner,
 * invisible plus, variation selectors and the byte order mark. A host typed or pasted with them is
 * the same host without them.
 */
const UTS46_IGNORED = /[\u00ad\u034f\u180b-\u180d\u180f\u200b\u2060-\u2064\ufe00-\ufe0f\ufeff]|\udb40[\udd00-\uddef]|\ud82f[\udca0-\udca3]/g;

/**
 * The A-label form of a host name: the UTS #46 "ignored" code points removed, NFKC-normalised and
 * lower-cased (an approximation of the UTS #46 mapping), ideographic full stops (U+3002, U+FF0E,
 * U+FF61) read as dots (RFC 3490 §3.1), every non-ASCII label encoded as "xn--" + Punycode. ASCII
 * labels are only lower-cased.
 */
export function toAsciiHost(host: string): string {
  return host
    .replace(UTS46_IGNORED, '')
    .normalize('NFKC')
    .toLowerCase()
    .split(/[.\u3002\uff0e\uff61]/)
    .map((label) => {
      if (!/[^\u0000-\u007f]/.test(label)) return label;
      const encoded = encodePunycode(label);
      return encoded === null ? label : `xn--${encoded}`;
    })
    .join('.');
}
