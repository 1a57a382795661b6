import { toColonHex, toHex } from '../encoding/hex';

/**
 * Certificate serial numbers (RFC 5280 §4.1.2.2: a positive INTEGER of up to 20 octets).
 *
 * `contentBytes` is always the DER INTEGER's content octets. A positive number whose top bit is
 * set carries a leading 00 sign octet (X.690 §8.3.2); the hex form drops it, as OpenSSL and
 * @peculiar/x509 do: `serialToColonHex(c).replaceAll(':', '').toLowerCase()` equals
 * @peculiar/x509's `cert.serialNumber` for every serial (both keep any other leading zero octets).
 * Non-conforming negative serials (top bit set, no 00) are read as unsigned, like the hex form,
 * so that the decimal and hex forms always name the same octets.
 */

/** The serial as a decimal digit string, reading the content octets as an unsigned big-endian number ("0" when empty). */
export function serialToDecimal(contentBytes: Uint8Array): string {
  // Every list row needs this: schoolbook division in 16-bit limbs is several times faster than a
  // BigInt built from a hex string, and much faster in Chromium's worker (measured on 50,000 rows).
  const limbs: number[] = [];
  let i = contentBytes.length % 2;
  if (i === 1) limbs.push(contentBytes[0]!);
  for (; i < contentBytes.length; i += 2) limbs.push(contentBytes[i]! * 256 + contentBytes[i + 1]!);
  let first = 0;
  while (first < limbs.length && limbs[first] === 0) first++;
  if (first === limbs.length) return '0';
  // Base-10⁹ digit groups, least significant first: each pass divides the number by 10⁹ in place.
  const groups: number[] = [];
  while (first < limbs.length) {
    let remainder = 0;
    for (let j = first; j < limbs.length; j++) {
      const value = remainder * 65536 + limbs[j]!; // < 10⁹ · 2¹⁶: exact in a double
      limbs[j] = Math.floor(value / 1e9);
      remainder = value - limbs[j]! * 1e9;
    }
    groups.push(remainder);
    while (first < limbs.length && limbs[first] === 0) first++;
  }
  let out = String(groups[groups.length - 1]);
  for (let g = groups.length - 2; g >= 0; g--) out += String(groups[g]).padStart(9, '0');
  return out;
}

/** The content octets without the 00 sign octet that DER puts before a first octet ≥ 0x80. */
export function stripSignOctet(contentBytes: Uint8Array): Uint8Array {
  return contentBytes.length > 1 && contentBytes[0] === 0 && contentBytes[1]! > 0x7f ? contentBytes.subarray(1) : contentBytes;
}

/** The serial as upper-case colon hex ("0A:1B:2C") of the content octets without the sign octet. */
export function serialToColonHex(contentBytes: Uint8Array): string {
  return toColonHex(stripSignOctet(contentBytes));
}

/** Colon hex of a non-negative bigint, an even number of digits ("00" for zero). */
function bigintToColonHex(value: bigint): string {
  let hex = value.toString(16).toUpperCase();
  if (hex.length % 2 === 1) hex = `0${hex}`;
  return hex.replace(/(..)(?=.)/g, '$1:');
}

/**
 * How a serial may be spelt: `cell` is what a list or request file writes (decimal digits, "0x…"
 * hex, colon-separated hex octets); `typed` also takes what people paste from OpenSSL and browsers
 * (space-separated octets, and bare hex that contains a letter a–f, as `openssl x509 -serial` prints).
 */
export type SerialSpelling = 'cell' | 'typed';

const DECIMAL = /^[0-9]+$/;
const PREFIXED_HEX = /^0x([0-9a-f]+)$/i;
const COLON_HEX = /^[0-9a-f]{1,2}(?::[0-9a-f]{1,2})+$/i;
const SEPARATED_HEX = /^[0-9a-f]{1,2}(?:[: ][0-9a-f]{1,2})+$/i;
const BARE_HEX = /^[0-9a-f]*[a-f][0-9a-f]*$/i;

/** The digits of a serial text and their radix, or null when the text is not a serial in that spelling. A bare digit string is always decimal. */
function readSerialDigits(text: string, spelling: SerialSpelling): { radix: 10 | 16; digits: string } | null {
  const trimmed = text.trim();
  if (DECIMAL.test(trimmed)) return { radix: 10, digits: trimmed };
  const prefixed = PREFIXED_HEX.exec(trimmed);
  if (prefixed) return { radix: 16, digits: prefixed[1]! };
  const separated = spelling === 'cell' ? COLON_HEX : SEPARATED_HEX;
  if (separated.test(trimmed)) return { radix: 16, digits: trimmed.split(/[: ]/).map((octet) => octet.padStart(2, '0')).join('') };
  if (spelling === 'typed' && BARE_HEX.test(trimmed)) return { radix: 16, digits: trimmed };
  return null;
}

/**
 * Reads a serial number written in a TSV cell or typed by a person (see SerialSpelling) as decimal
 * digits ("4097000000000000000", as serverAll.tsv writes them) and upper-case colon hex (minimal
 * octets, no sign octet), or null when the text is none of these.
 */
export function parseSerialText(text: string, spelling: SerialSpelling = 'typed'): { decimal: string; hex: string } | null {
  const read = readSerialDigits(text, spelling);
  if (read === null) return null;
  const value = BigInt(read.radix === 10 ? read.digits : `0x${read.digits}`);
  return { decimal: value.toString(10), hex: bigintToColonHex(value) };
}

/**
 * The decimal digits of a serial text (no leading zeros), or null when it is not a serial in that
 * spelling. The same reading as parseSerialText, without BigInt for the decimal form that a list
 * carries on every row.
 */
export function serialTextToDecimal(text: string, spelling: SerialSpelling = 'cell'): string | null {
  const read = readSerialDigits(text, spelling);
  if (read === null) return null;
  return read.radix === 10 ? read.digits.replace(/^0+(?=\d)/, '') : BigInt(`0x${read.digits}`).toString(10);
}

/**
 * The one comparable form of a serial number: the INTEGER's value as signed two's complement
 * (X.690 §8.3), written as lower-case hex of its minimal octets. Redundant leading 00 / FF octets
 * (non-DER) are dropped, the sign octet that makes 0x80… positive is kept, so 00:FF (255) and FF
 * (−1) stay different (PKITS 4.4.14). Empty content reads as zero.
 */
export function serialKey(contentBytes: Uint8Array): string {
  let start = 0;
  while (start < contentBytes.length - 1) {
    const first = contentBytes[start]!;
    const nextTop = contentBytes[start + 1]! & 0x80;
    if ((first === 0x00 && nextTop === 0) || (first === 0xff && nextTop !== 0)) start++;
    else break;
  }
  return contentBytes.length === 0 ? '00' : toHex(contentBytes.subarray(start)).toLowerCase();
}

/** True when two INTEGER contents are the same signed number: every serial comparison goes through here (see serialKey). */
export function sameSerial(a: Uint8Array, b: Uint8Array): boolean {
  return serialKey(a) === serialKey(b);
}

// How Excel shows a long number it re-saved as text: a few significant digits and an exponent (6.85929E+18).
const EXCEL_SCIENTIFIC = /^(\d)(?:\.(\d+))?E\+(\d+)$/i;

/** True when a serial cell holds Excel's scientific notation: the serial was re-saved by Excel and its digits are lost. */
export function isExcelScientific(text: string): boolean {
  return EXCEL_SCIENTIFIC.test(text.trim());
}

/**
 * True when Excel's scientific notation (`6.85929E+18`) could have come from this decimal serial:
 * the same number of digits, and the serial rounds to the shown significant digits. Many serials
 * may; callers need something more (the subject DN) to pick one.
 */
export function excelScientificCovers(text: string, decimal: string): boolean {
  const match = EXCEL_SCIENTIFIC.exec(text.trim());
  if (!match || !/^\d+$/.test(decimal)) return false;
  const significant = `${match[1]}${match[2] ?? ''}`;
  const exponent = Number(match[3]);
  if (decimal.length !== exponent + 1 || significant.length > decimal.length) return false;
  const scale = 10n ** BigInt(decimal.length - significant.length);
  // |serial − significant·scale| ≤ scale/2, in integers: |2·serial − 2·significant·scale| ≤ scale.
  const difference = 2n * BigInt(decimal) - 2n * BigInt(significant) * scale;
  return (difference < 0n ? -difference : difference) <= scale;
}
