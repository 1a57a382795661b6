import { decodeOid } from '../der/der-oid';
import { contentOf, readChildren, readElement, type DerElement } from '../der/der-reader';
import { KEY_ALGORITHM_OIDS } from './public-key-info';
import { DER_NULL, derBitString, derOid, derSequence, derUnsignedInteger } from '../der/der-writer';

/** A public key by its parts: what identifies it regardless of how its SPKI was spelled. */
export type PublicKeyParts =
  | { readonly algorithm: 'RSA'; readonly modulus: Uint8Array; readonly exponent: Uint8Array }
  | { readonly algorithm: 'EC'; readonly curveOid: string; readonly point: Uint8Array }
  | { readonly algorithm: 'Ed25519' | 'Ed448'; readonly key: Uint8Array };

const children = (bytes: Uint8Array, element: DerElement | null): DerElement[] | null => {
  if (!element) return null;
  const list = readChildren(bytes, element);
  return typeof list === 'string' ? null : list;
};

/** The element at `offset` of `bytes` (whole input), or null. */
export function readTop(bytes: Uint8Array): DerElement | null {
  const element = readElement(bytes, 0);
  return typeof element === 'string' ? null : element;
}

/** Modulus and exponent of an RSAPublicKey SEQUENCE (RFC 8017 §A.1.1) found at `element`; null when malformed. */
export function readRsaPublicKey(bytes: Uint8Array, element: DerElement): PublicKeyParts | null {
  const items = children(bytes, element);
  if (!items || items.length !== 2 || items[0]!.tag !== 0x02 || items[1]!.tag !== 0x02) return null;
  return { algorithm: 'RSA', modulus: contentOf(bytes, items[0]!), exponent: contentOf(bytes, items[1]!) };
}

/** The parts of a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) held at `element`; null when unknown or malformed. */
export function readSpkiParts(bytes: Uint8Array, element: DerElement): PublicKeyParts | null {
  const items = children(bytes, element);
  if (!items || items.length !== 2 || items[0]!.tag !== 0x30 || items[1]!.tag !== 0x03) return null;
  const algorithm = children(bytes, items[0]!);
  if (!algorithm || algorithm.length === 0 || algorithm[0]!.tag !== 0x06) return null;
  const oid = decodeOid(bytes, algorithm[0]!.contentStart, algorithm[0]!.end);
  const keyBits = contentOf(bytes, items[1]!).subarray(1);
  switch (oid) {
    case KEY_ALGORITHM_OIDS.rsaEncryption:
    case KEY_ALGORITHM_OIDS.rsassaPss: {
      const inner = readTop(keyBits);
      return inner ? readRsaPublicKey(keyBits, inner) : null;
    }
    case KEY_ALGORITHM_OIDS.ecPublicKey: {
      const curve = algorithm[1];
      if (!curve || curve.tag !== 0x06) return null;
      const curveOid = decodeOid(bytes, curve.contentStart, curve.end);
      return curveOid ? { algorithm: 'EC', curveOid, point: keyBits } : null;
    }
    case KEY_ALGORITHM_OIDS.ed25519:
      return { algorithm: 'Ed25519', key: keyBits };
    case KEY_ALGORITHM_OIDS.ed448:
      return { algorithm: 'Ed448', key: keyBits };
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
