import { concatBytes } from '../../encoding/bytes';

/** A minimal DER encoder (ITU-T X.690 §10) for the few structures diagnostics re-encodes: canonical SPKIs and PKCS#8 wrappers. */

/** The TLV of one element: identifier octet `tag`, definite length, then `content`. */
export function encodeDer(tag: number, content: Uint8Array): Uint8Array {
  const length = content.length;
  let header: number[];
  if (length < 0x80) header = [tag, length];
  else {
    const octets: number[] = [];
    for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest & 0xff);
    header = [tag, 0x80 | octets.length, ...octets];
  }
  const out = new Uint8Array(header.length + length);
  out.set(header, 0);
  out.set(content, header.length);
  return out;
}


/** A SEQUENCE of already encoded elements. */
export const derSequence = (...elements: Uint8Array[]): Uint8Array => encodeDer(0x30, concatBytes(elements));

/** A non-negative INTEGER from big-endian magnitude octets (leading zeros trimmed, a 0x00 added when the top bit is set). */
export function derUnsignedInteger(magnitude: Uint8Array): Uint8Array {
  let start = 0;
  while (start < magnitude.length - 1 && magnitude[start] === 0) start++;
  const trimmed = magnitude.subarray(start);
  const content = trimmed.length === 0 ? new Uint8Array([0]) : (trimmed[0]! & 0x80) !== 0 ? concatBytes([new Uint8Array([0]), trimmed]) : trimmed;
  return encodeDer(0x02, content);
}

/** A small INTEGER (0..127). */
export const derSmallInteger = (value: number): Uint8Array => encodeDer(0x02, new Uint8Array([value & 0x7f]));

/** An OBJECT IDENTIFIER from dotted text (X.690 §8.19). */
export function derOid(dotted: string): Uint8Array {
  const arcs = dotted.split('.').map((arc) => BigInt(arc));
  const values = [arcs[0]! * 40n + arcs[1]!, ...arcs.slice(2)];
  const octets: number[] = [];
  for (const value of values) {
    const digits: number[] = [Number(value & 0x7fn)];
    for (let rest = value >> 7n; rest > 0n; rest >>= 7n) digits.unshift(Number(rest & 0x7fn) | 0x80);
    octets.push(...digits);
  }
  return encodeDer(0x06, new Uint8Array(octets));
}

/** A BIT STRING with no unused bits. */
export const derBitString = (bytes: Uint8Array): Uint8Array => encodeDer(0x03, concatBytes([new Uint8Array([0]), bytes]));

/** An OCTET STRING. */
export const derOctetString = (bytes: Uint8Array): Uint8Array => encodeDer(0x04, bytes);

/** The NULL element. */
export const DER_NULL = new Uint8Array([0x05, 0x00]);
