import type { DerElement } from './der-reader';

/** Arcs stay plain numbers below this; larger arcs (UUID OIDs under 2.25) switch to BigInt. */
const SAFE_ARC = 2 ** 45;

/**
 * Decodes OBJECT IDENTIFIER content octets (X.690 §8.19) to dotted text such as "2.5.4.3".
 * Returns null for an empty or unterminated encoding.
 */
export function decodeOid(bytes: Uint8Array, start: number, end: number): string | null {
  if (start >= end || (bytes[end - 1]! & 0x80) !== 0) return null;
  let text = '';
  let value = 0;
  let big: bigint | null = null;
  let first = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (big !== null) big = big * 128n + BigInt(b & 0x7f);
    else if (value >= SAFE_ARC) big = BigInt(value) * 128n + BigInt(b & 0x7f);
    else value = value * 128 + (b & 0x7f);
    if (b & 0x80) continue;
    if (first) {
      // The first subidentifier packs two arcs: 40·X + Y with X in 0..2 (X.690 §8.19.4).
      first = false;
      if (big !== null) text = `2.${big - 80n}`;
      else text = value < 40 ? `0.${value}` : value < 80 ? `1.${value - 40}` : `2.${value - 80}`;
    } else {
      text += `.${big ?? value}`;
    }
    value = 0;
    big = null;
  }
  return text;
}

/** Decodes the OID held by an OBJECT IDENTIFIER element; null when the element is not one. */
export function readOid(bytes: Uint8Array, element: DerElement): string | null {
  return element.tag === 0x06 ? decodeOid(bytes, element.contentStart, element.end) : null;
}
