import type { CertificateSummary } from '../../model/certificate-summary';
import { decodeOid } from '../der/der-oid';
import { DER_TAG, readElement, type DerElement } from '../der/der-reader';

/** The key fields of a certificate summary. */
export interface PublicKeyFacts {
  readonly keyAlgorithm: CertificateSummary['keyAlgorithm'];
  readonly keySize: number | null;
  readonly curve: string | null;
}

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

const UNKNOWN: PublicKeyFacts = { keyAlgorithm: 'unknown', keySize: null, curve: null };

/** Bit length of an unsigned big-endian INTEGER's content octets (leading zero octets ignored). */
function integerBitLength(bytes: Uint8Array, element: DerElement): number {
  let i = element.contentStart;
  while (i < element.end && bytes[i] === 0) i++;
  if (i === element.end) return 0;
  return (element.end - i - 1) * 8 + (32 - Math.clz32(bytes[i]!));
}

/** First INTEGER inside a SEQUENCE starting at `offset` within `limit`, or null. */
function firstIntegerOfSequence(bytes: Uint8Array, offset: number, limit: number): DerElement | null {
  const sequence = readElement(bytes, offset, limit);
  if (typeof sequence === 'string' || sequence.tag !== DER_TAG.sequence) return null;
  const integer = readElement(bytes, sequence.contentStart, sequence.end);
  return typeof integer !== 'string' && integer.tag === DER_TAG.integer ? integer : null;
}

/**
 * Reads the key algorithm and size from a SubjectPublicKeyInfo element (RFC 5280 §4.1.2.7).
 * RSA: modulus bits. EC: the named curve's field size. DSA: bits of p. Ed25519/Ed448: 256/456,
 * the sizes OpenSSL reports. Returns null when the SPKI itself is malformed, and `unknown`
 * facts for an algorithm this reader does not know.
 */
export function readPublicKeyFacts(bytes: Uint8Array, spki: DerElement): PublicKeyFacts | null {
  if (spki.tag !== DER_TAG.sequence) return null;
  const algorithm = readElement(bytes, spki.contentStart, spki.end);
  if (typeof algorithm === 'string' || algorithm.tag !== DER_TAG.sequence) return null;
  const keyBits = readElement(bytes, algorithm.end, spki.end);
  if (typeof keyBits === 'string' || keyBits.tag !== DER_TAG.bitString || keyBits.end !== spki.end) return null;
  const oidElement = readElement(bytes, algorithm.contentStart, algorithm.end);
  if (typeof oidElement === 'string' || oidElement.tag !== DER_TAG.objectIdentifier) return null;
  const oid = decodeOid(bytes, oidElement.contentStart, oidElement.end);
  const parameters = readElement(bytes, oidElement.end, algorithm.end);
  switch (oid) {
    case KEY_ALGORITHM_OIDS.rsaEncryption:
    case KEY_ALGORITHM_OIDS.rsassaPss: {
      // The BIT STRING holds RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER } (RFC 8017 §A.1.1).
      const modulus = firstIntegerOfSequence(bytes, keyBits.contentStart + 1, keyBits.end);
      return { keyAlgorithm: 'RSA', keySize: modulus ? integerBitLength(bytes, modulus) : null, curve: null };
    }
    case KEY_ALGORITHM_OIDS.ecPublicKey: {
      const curveOid =
        typeof parameters !== 'string' && parameters.tag === DER_TAG.objectIdentifier
          ? decodeOid(bytes, parameters.contentStart, parameters.end)
          : null;
      const curve = curveOid === null ? undefined : NAMED_CURVES[curveOid];
      return { keyAlgorithm: 'EC', keySize: curve?.bits ?? null, curve: curve?.name ?? null };
    }
    case KEY_ALGORITHM_OIDS.dsa: {
      // Dss-Parms ::= SEQUENCE { p, q, g } (RFC 3279 §2.3.2); absent when inherited from the issuer.
      const p = typeof parameters === 'string' ? null : firstIntegerOfSequence(bytes, parameters.start, algorithm.end);
      return { keyAlgorithm: 'DSA', keySize: p ? integerBitLength(bytes, p) : null, curve: null };
    }
    case KEY_ALGORITHM_OIDS.ed25519:
      return { keyAlgorithm: 'Ed25519', keySize: 256, curve: null };
    case KEY_ALGORITHM_OIDS.ed448:
      return { keyAlgorithm: 'Ed448', keySize: 456, curve: null };
    default:
      return oid === null ? null : UNKNOWN;
  }
}
