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
  if (contentBytes.length === 0) return '0';
  // Up to 6 octets fit a double exactly; longer serials (UPKI uses 16–20 octets) need BigInt.
  if (contentBytes.length <= 6) {
    let value = 0;
    for (let i = 0; i < contentBytes.length; i++) value = value * 256 + contentBytes[i]!;
    return String(value);
  }
  return BigInt(`0x${toHex(contentBytes)}`).toString(10);
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

const DECIMAL = /^[0-9]+$/;
const PREFIXED_HEX = /^0x([0-9a-f]+)$/i;
const SEPARATED_HEX = /^[0-9a-f]{1,2}(?:[: ][0-9a-f]{1,2})+$/i;
const BARE_HEX = /^[0-9a-f]*[a-f][0-9a-f]*$/i;

/**
 * Reads a serial number typed by a person or written in a TSV cell, in any of these forms:
 * decimal digits ("4097000000000000000", as serverAll.tsv writes them), "0x…" hex (request files),
 * colon- or space-separated hex octets ("0A:1B", "0a 1b", as OpenSSL and browsers show them),
 * and bare hex that contains a letter a–f ("22B9B1…", as `openssl x509 -serial` prints).
 * A bare digit string is always decimal. Returns the decimal digits and upper-case colon hex
 * (minimal octets, no sign octet), or null when the text is none of these.
 */
export function parseSerialText(text: string): { decimal: string; hex: string } | null {
  const trimmed = text.trim();
  let value: bigint;
  if (DECIMAL.test(trimmed)) {
    value = BigInt(trimmed);
  } else {
    const prefixed = PREFIXED_HEX.exec(trimmed);
    if (prefixed) value = BigInt(`0x${prefixed[1]}`);
    else if (SEPARATED_HEX.test(trimmed)) value = BigInt(`0x${trimmed.split(/[: ]/).map((octet) => octet.padStart(2, '0')).join('')}`);
    else if (BARE_HEX.test(trimmed)) value = BigInt(`0x${trimmed}`);
    else return null;
  }
  return { decimal: value.toString(10), hex: bigintToColonHex(value) };
}
