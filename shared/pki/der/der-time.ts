import { DER_TAG, type DerElement } from './der-reader';

/** Two decimal digits at `at`, or -1 when either is not a digit. */
function twoDigits(bytes: Uint8Array, at: number): number {
  const a = bytes[at]! - 0x30;
  const b = bytes[at + 1]! - 0x30;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * UTCTime "YYMMDDHHMMSSZ" as epoch ms. RFC 5280 §4.1.2.5.1: YY ≥ 50 is 19YY, YY < 50 is 20YY,
 * and DER requires the seconds and the "Z". Null for any other form.
 */
function readUtcTime(bytes: Uint8Array, start: number, end: number): number | null {
  if (end - start !== 13 || bytes[end - 1] !== 0x5a /* Z */) return null;
  const parts: number[] = [];
  for (let i = start; i < end - 1; i += 2) {
    const value = twoDigits(bytes, i);
    if (value < 0) return null;
    parts.push(value);
  }
  const [yy, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  // Date.UTC rolls over out-of-range fields exactly as asn1js (and so @peculiar/x509) does.
  return Date.UTC(yy >= 50 ? 1900 + yy : 2000 + yy, month - 1, day, hour, minute, second);
}

/**
 * GeneralizedTime "YYYYMMDDHHMMSSZ" as epoch ms (RFC 5280 §4.1.2.5.2). A fraction of a second
 * before the "Z" is accepted as asn1js accepts it; local times and offsets are not (RFC 5280 forbids them).
 */
function readGeneralizedTime(bytes: Uint8Array, start: number, end: number): number | null {
  if (end - start < 15 || bytes[end - 1] !== 0x5a /* Z */) return null;
  const parts: number[] = [];
  for (let i = start; i < start + 14; i += 2) {
    const value = twoDigits(bytes, i);
    if (value < 0) return null;
    parts.push(value);
  }
  const [century, yy, month, day, hour, minute, second] = parts as [number, number, number, number, number, number, number];
  let millisecond = 0;
  if (end - start > 15) {
    const separator = bytes[start + 14];
    if ((separator !== 0x2e /* . */ && separator !== 0x2c) /* , */ || end - start === 16) return null;
    let fraction = 0;
    let scale = 1;
    for (let i = start + 15; i < end - 1; i++) {
      const digit = bytes[i]! - 0x30;
      if (digit < 0 || digit > 9) return null;
      fraction = fraction * 10 + digit;
      scale *= 10;
    }
    millisecond = Math.floor((1000 * fraction) / scale);
  }
  return Date.UTC(century * 100 + yy, month - 1, day, hour, minute, second, millisecond);
}

/** Reads a Time element (UTCTime or GeneralizedTime) as epoch milliseconds; null when it is neither or malformed. */
export function readTime(bytes: Uint8Array, element: DerElement): number | null {
  if (element.tag === DER_TAG.utcTime) return readUtcTime(bytes, element.contentStart, element.end);
  if (element.tag === DER_TAG.generalizedTime) return readGeneralizedTime(bytes, element.contentStart, element.end);
  return null;
}
