import { sameBytes } from '../../encoding/bytes';
import { DER_TAG, readChildren, readElement } from './der-reader';
import { derSequence, derUnsignedInteger } from './der-writer';

/**
 * r and s (big-endian magnitudes, leading zeros removed) of an ECDSA-Sig-Value ::= SEQUENCE { r
 * INTEGER, s INTEGER } (RFC 3279 §2.2.3), or null unless the bytes are exactly its DER: one
 * SEQUENCE filling them, two positive, minimally encoded INTEGERs, minimal lengths. Checked the way
 * OpenSSL checks it: decode, re-encode, compare. Any other form (a SEQUENCE length that stops short
 * of the bytes, padded or negative INTEGERs, trailing bytes) is refused, else one changed byte of a
 * signature could leave it "verifying" here while OpenSSL refuses the certificate.
 */
export function readEcdsaSignature(signature: Uint8Array): { readonly r: Uint8Array; readonly s: Uint8Array } | null {
  const sequence = readElement(signature, 0);
  if (typeof sequence === 'string' || sequence.tag !== DER_TAG.sequence) return null;
  const parts = readChildren(signature, sequence);
  if (typeof parts === 'string' || parts.length !== 2 || parts.some((part) => part.tag !== DER_TAG.integer)) return null;
  const [r, s] = parts.map((part) => signature.subarray(part.contentStart, part.end)) as [Uint8Array, Uint8Array];
  if (!sameBytes(derSequence(derUnsignedInteger(r), derUnsignedInteger(s)), signature)) return null;
  const magnitude = (value: Uint8Array): Uint8Array => (value.length > 1 && value[0] === 0 ? value.subarray(1) : value);
  return { r: magnitude(r), s: magnitude(s) };
}
