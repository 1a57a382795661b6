import type { CertificateSummary } from '../../model/certificate-summary';
import { decodeOid } from '../der/der-oid';
import { contentOf, DER_TAG, readElement, type DerElement } from '../der/der-reader';
import { DER_NULL, derBitString, derOid, derSequence, derUnsignedInteger } from '../der/der-writer';

/**
 * SubjectPublicKeyInfo (RFC 5280 §4.1.2.7): the one reader of it, giving either the key facts the
 * list shows (algorithm, size, curve) or the key's identifying parts (what key matching compares),
 * and the one writer of its canonical DER.
 */

/** The key fields of a certificate summary. */
export interface PublicKeyFacts {
  readonly keyAlgorithm: CertificateSummary['keyAlgorithm'];
  readonly keySize: number | null;
  readonly curve: string | null;
}

/** A public key by its parts: what identifies it regardless of how its SPKI was spelled. */
export type PublicKeyParts =
  | { readonly algorithm: 'RSA'; readonly modulus: Uint8Array; readonly exponent: Uint8Array }
  | { readonly algorithm: 'EC'; readonly curveOid: string; readonly point: Uint8Array }
  | { readonly algorithm: 'Ed25519' | 'Ed448'; readonly key: Uint8Array };

/** Named curves by OID (RFC 5480 §2.1.1.1, RFC 5639 §4.1): display name and field size in bits. */
export const NAMED_CURVES: Readonly<Record<string, { readonly name: string; readonly bits: number }>> = {
  '1.2.840.10045.3.1.7': { name: 'P-256', bits: 256 },
  '1.3.132.0.34': { name: 'P-384', bits: 384 },
  '1.3.132.0.35': { name: 'P-521', bits: 521 },
  '1.2.840.10045.3.1.1': { name: 'P-192', bits: 192 },
  '1.3.132.0.33': { name: 'P-224', bits: 224 },
  '1.3.132.0.10': { name: 'secp256k1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.7': { name: 'brainpoolP256r1', bits: 256 },
  '1.3.36.3.3.2.8.1.1.11': { name: 'brainpoolP384r1', bits: 384 },
  '1.3.36.3.3.2.8.1.1.13': { name: 'brainpoolP512r1', bits: 512 },
};

/** SubjectPublicKeyInfo algorithm OIDs (RFC 3279 §2.3, RFC 4055 §1.2, RFC 8410 §3). */
export const KEY_ALGORITHM_OIDS = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  rsassaPss: '1.2.840.113549.1.1.10',
  ecPublicKey: '1.2.840.10045.2.1',
  dsa: '1.2.840.10040.4.1',
  ed25519: '1.3.101.112',
  ed448: '1.3.101.113',
} as const;

/** The pieces of a well-formed SPKI: the algorithm OID, the optional parameters element, and the subjectPublicKey BIT STRING. */
interface SpkiFields {
  readonly oid: string | null;
  readonly parameters: DerElement | null;
  readonly keyBits: DerElement;
}

/** SEQUENCE { SEQUENCE { OID, parameters? }, BIT STRING } and nothing else; null when the shape is broken. */
function readSpkiFields(bytes: Uint8Array, spki: DerElement): SpkiFields | null {
  if (spki.tag !== DER_TAG.sequence) return null;
  const algorithm = readElement(bytes, spki.contentStart, spki.end);
  if (typeof algorithm === 'string' || algorithm.tag !== DER_TAG.sequence) return null;
  const keyBits = readElement(bytes, algorithm.end, spki.end);
  if (typeof keyBits === 'string' || keyBits.tag !== DER_TAG.bitString || keyBits.end !== spki.end) return null;
  const oidElement = readElement(bytes, algorithm.contentStart, algorithm.end);
  if (typeof oidElement === 'string' || oidElement.tag !== DER_TAG.objectIdentifier) return null;
  const parameters = readElement(bytes, oidElement.end, algorithm.end);
  return {
    oid: decodeOid(bytes, oidElement.contentStart, oidElement.end),
    parameters: typeof parameters === 'string' ? null : parameters,
    keyBits,
  };
}

/** The subjectPublicKey bits without the unused-bits octet. */
const keyOctets = (bytes: Uint8Array, fields: SpkiFields): Uint8Array => contentOf(bytes, fields.keyBits).subarray(1);

/** The OID held by an element, or null when it is not an OBJECT IDENTIFIER. */
const oidOf = (bytes: Uint8Array, element: DerElement | null): string | null =>
  element !== null && element.tag === DER_TAG.objectIdentifier ? decodeOid(bytes, element.contentStart, element.end) : null;

/** Bit length of an unsigned big-endian INTEGER's content octets (leading zero octets ignored). */
function integerBitLength(bytes: Uint8Array, element: DerElement): number {
  let i = element.contentStart;
  while (i < element.end && bytes[i] === 0) i++;
  if (i === element.end) return 0;
  return (element.end - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

/** The INTEGER children of a SEQUENCE at `offset` (stopping at the first non-INTEGER), or null when there is no SEQUENCE. */
function integersOfSequence(bytes: Uint8Array, offset: number, limit: number): DerElement[] | null {
  const sequence = readElement(bytes, offset, limit);
  if (typeof sequence === 'string' || sequence.tag !== DER_TAG.sequence) return null;
  const integers: DerElement[] = [];
  for (let pos = sequence.contentStart; pos < sequence.end; ) {
    const item = readElement(bytes, pos, sequence.end);
    if (typeof item === 'string' || item.tag !== DER_TAG.integer) break;
    integers.push(item);
    pos = item.end;
  }
  return integers;
}

const UNKNOWN: PublicKeyFacts = { keyAlgorithm: 'unknown', keySize: null, curve: null };

/**
 * The key algorithm and size of a SubjectPublicKeyInfo element. RSA: modulus bits. EC: the named
 * curve's field size. DSA: bits of p. Ed25519/Ed448: 256/456, the sizes OpenSSL reports. Returns
 * null when the SPKI itself is malformed, and `unknown` facts for an algorithm this reader does not know.
 */
export function readPublicKeyFacts(bytes: Uint8Array, spki: DerElement): PublicKeyFacts | null {
  const fields = readSpkiFields(bytes, spki);
  if (fields === null) return null;
  switch (fields.oid) {
    case KEY_ALGORITHM_OIDS.rsaEncryption:
    case KEY_ALGORITHM_OIDS.rsassaPss: {
      // The BIT STRING holds RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 §A.1.1).
      const modulus = integersOfSequence(bytes, fields.keyBits.contentStart + 1, fields.keyBits.end)?.[0];
      return { keyAlgorithm: 'RSA', keySize: modulus ? integerBitLength(bytes, modulus) : null, curve: null };
    }
    case KEY_ALGORITHM_OIDS.ecPublicKey: {
      const curveOid = oidOf(bytes, fields.parameters);
      const curve = curveOid === null ? undefined : NAMED_CURVES[curveOid];
      return { keyAlgorithm: 'EC', keySize: curve?.bits ?? null, curve: curve?.name ?? null };
    }
    case KEY_ALGORITHM_OIDS.dsa: {
      // Dss-Parms ::= SEQUENCE { p, q, g } (RFC 3279 §2.3.2); absent when inherited from the issuer.
      const p = fields.parameters === null ? undefined : integersOfSequence(bytes, fields.parameters.start, fields.parameters.end)?.[0];
      return { keyAlgorithm: 'DSA', keySize: p ? integerBitLength(bytes, p) : null, curve: null };
    }
    case KEY_ALGORITHM_OIDS.ed25519:
      return { keyAlgorithm: 'Ed25519', keySize: 256, curve: null };
    case KEY_ALGORITHM_OIDS.ed448:
      return { keyAlgorithm: 'Ed448', keySize: 456, curve: null };
    default:
      return fields.oid === null ? null : UNKNOWN;
  }
}

/** Modulus and exponent of an RSAPublicKey SEQUENCE (RFC 8017 §A.1.1) at `offset`; null unless it holds exactly two INTEGERs. */
export function readRsaPublicKey(bytes: Uint8Array, offset: number, limit: number = bytes.length): PublicKeyParts | null {
  const sequence = readElement(bytes, offset, limit);
  const integers = integersOfSequence(bytes, offset, limit);
  if (typeof sequence === 'string' || integers === null || integers.length !== 2 || integers[1]!.end !== sequence.end) return null;
  return { algorithm: 'RSA', modulus: contentOf(bytes, integers[0]!), exponent: contentOf(bytes, integers[1]!) };
}

/** The identifying parts of a SubjectPublicKeyInfo element (RSA, EC with a named curve, Ed25519, Ed448); null when unknown or malformed. */
export function readPublicKeyParts(bytes: Uint8Array, spki: DerElement): PublicKeyParts | null {
  const fields = readSpkiFields(bytes, spki);
  if (fields === null) return null;
  const key = keyOctets(bytes, fields);
  switch (fields.oid) {
    case KEY_ALGORITHM_OIDS.rsaEncryption:
    case KEY_ALGORITHM_OIDS.rsassaPss:
      return readRsaPublicKey(key, 0);
    case KEY_ALGORITHM_OIDS.ecPublicKey: {
      const curveOid = oidOf(bytes, fields.parameters);
      return curveOid ? { algorithm: 'EC', curveOid, point: key } : null;
    }
    case KEY_ALGORITHM_OIDS.ed25519:
      return { algorithm: 'Ed25519', key };
    case KEY_ALGORITHM_OIDS.ed448:
      return { algorithm: 'Ed448', key };
    default:
      return null;
  }
}

/**
 * The canonical DER SubjectPublicKeyInfo of a key: rsaEncryption with NULL parameters (RFC 3279 §2.3.1),
 * id-ecPublicKey with a named curve (RFC 5480 §2.1.1), or id-Ed25519/Ed448 (RFC 8410 §4). Two spellings
 * of one key give the same bytes, so their SHA-256 can be compared.
 */
export function encodeSpki(parts: PublicKeyParts): Uint8Array {
  switch (parts.algorithm) {
    case 'RSA':
      return derSequence(
        derSequence(derOid(KEY_ALGORITHM_OIDS.rsaEncryption), DER_NULL),
        derBitString(derSequence(derUnsignedInteger(parts.modulus), derUnsignedInteger(parts.exponent))),
      );
    case 'EC':
      return derSequence(derSequence(derOid(KEY_ALGORITHM_OIDS.ecPublicKey), derOid(parts.curveOid)), derBitString(parts.point));
    case 'Ed25519':
      return derSequence(derSequence(derOid(KEY_ALGORITHM_OIDS.ed25519)), derBitString(parts.key));
    case 'Ed448':
      return derSequence(derSequence(derOid(KEY_ALGORITHM_OIDS.ed448)), derBitString(parts.key));
  }
}
