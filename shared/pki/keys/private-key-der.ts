import { decodeBase64 } from '../../encoding/base64';
import { decodeOid } from '../der/der-oid';
import { contentOf, readChildren, readElement, type DerElement } from '../der/der-reader';
import { derOctetString, derOid, derSequence, derSmallInteger } from '../der/der-writer';
import { KEY_ALGORITHM_OIDS, NAMED_CURVES, type PublicKeyParts } from './spki';

/** Why no public key could be derived from a plain private key. */
export type PrivateKeyFailure = { readonly reason: 'malformed' } | { readonly reason: 'unsupported'; readonly algorithm: string };

/** The public key of a private key, or why not. Only public values ever leave this module. */
export type DerivedPublicKey = { readonly ok: true; readonly parts: PublicKeyParts } | { readonly ok: false; readonly failure: PrivateKeyFailure };

const MALFORMED: DerivedPublicKey = { ok: false, failure: { reason: 'malformed' } };

function kids(bytes: Uint8Array, element: DerElement | undefined | null): DerElement[] | null {
  if (!element) return null;
  const list = readChildren(bytes, element);
  return typeof list === 'string' ? null : list;
}

function topOf(bytes: Uint8Array): DerElement | null {
  const top = readElement(bytes, 0);
  return typeof top === 'string' || top.end !== bytes.length ? null : top;
}

/**
 * RSAPrivateKey (RFC 8017 §A.1.2): version, modulus, publicExponent, … → the public part.
 * Every returned value is a copy (slice), never a view into the private key's buffer.
 */
function fromPkcs1(der: Uint8Array): DerivedPublicKey {
  const items = kids(der, topOf(der));
  if (!items || items.length < 3 || items[1]!.tag !== 0x02 || items[2]!.tag !== 0x02) return MALFORMED;
  return { ok: true, parts: { algorithm: 'RSA', modulus: contentOf(der, items[1]!).slice(), exponent: contentOf(der, items[2]!).slice() } };
}

/** The public point of an ECPrivateKey (RFC 5915 §3): its [1] publicKey, or computed by WebCrypto. */
async function fromSec1(der: Uint8Array, curveOid: string | null): Promise<DerivedPublicKey> {
  const items = kids(der, topOf(der));
  if (!items || items[0]?.tag !== 0x02 || items[1]?.tag !== 0x04) return MALFORMED;
  const parameters = items.find((item) => item.tag === 0xa0);
  const curve = curveOid ?? (parameters ? readOidInside(der, parameters) : null);
  if (!curve) return MALFORMED;
  const publicKey = items.find((item) => item.tag === 0xa1);
  const bits = publicKey ? kids(der, publicKey)?.[0] : undefined;
  if (bits && bits.tag === 0x03) return { ok: true, parts: { algorithm: 'EC', curveOid: curve, point: contentOf(der, bits).slice(1) } };
  // No public key stored: let WebCrypto compute it from a PKCS#8 wrapper (RFC 5208 §5 + RFC 5915 §3).
  const pkcs8 = derSequence(derSmallInteger(0), derSequence(derOid(KEY_ALGORITHM_OIDS.ecPublicKey), derOid(curve)), derOctetString(der));
  try {
    return await ecPointViaWebCrypto(pkcs8, curve);
  } finally {
    pkcs8.fill(0);
  }
}

function readOidInside(bytes: Uint8Array, wrapper: DerElement): string | null {
  const inner = kids(bytes, wrapper)?.[0];
  return inner && inner.tag === 0x06 ? decodeOid(bytes, inner.contentStart, inner.end) : null;
}

// JWK coordinates are base64url (RFC 7518 §6.2.1.2); the shared decoder takes only the standard alphabet.
const base64UrlBytes = (text: string | undefined): Uint8Array | null => {
  if (!text) return null;
  const decoded = decodeBase64(text.replace(/-/g, '+').replace(/_/g, '/'));
  return decoded.ok ? decoded.value : null;
};

async function ecPointViaWebCrypto(pkcs8: Uint8Array, curveOid: string): Promise<DerivedPublicKey> {
  const namedCurve = NAMED_CURVES[curveOid]?.name;
  if (!namedCurve || !['P-256', 'P-384', 'P-521'].includes(namedCurve)) return { ok: false, failure: { reason: 'unsupported', algorithm: `EC ${namedCurve ?? curveOid}` } };
  try {
    const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name: 'ECDSA', namedCurve }, true, ['sign']);
    const jwk = await crypto.subtle.exportKey('jwk', key);
    const x = base64UrlBytes(jwk.x);
    const y = base64UrlBytes(jwk.y);
    if (!x || !y) return MALFORMED;
    const point = new Uint8Array(1 + x.length + y.length);
    point[0] = 0x04; // uncompressed point (SEC 1 §2.3.3), as certificates carry it
    point.set(x, 1);
    point.set(y, 1 + x.length);
    return { ok: true, parts: { algorithm: 'EC', curveOid, point } };
  } catch {
    return MALFORMED;
  }
}

async function edKeyViaWebCrypto(pkcs8: Uint8Array, name: 'Ed25519' | 'Ed448'): Promise<DerivedPublicKey> {
  try {
    const key = await crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name }, true, ['sign']);
    const x = base64UrlBytes((await crypto.subtle.exportKey('jwk', key)).x);
    return x ? { ok: true, parts: { algorithm: name, key: x } } : MALFORMED;
  } catch {
    return { ok: false, failure: { reason: 'unsupported', algorithm: name } };
  }
}

/** PrivateKeyInfo / OneAsymmetricKey (RFC 5208 §5, RFC 5958 §2) → the public key, by algorithm. */
async function fromPkcs8(der: Uint8Array): Promise<DerivedPublicKey> {
  const items = kids(der, topOf(der));
  if (!items || items.length < 3 || items[0]!.tag !== 0x02 || items[1]!.tag !== 0x30 || items[2]!.tag !== 0x04) return MALFORMED;
  const algorithm = kids(der, items[1]!);
  const oid = algorithm?.[0]?.tag === 0x06 ? decodeOid(der, algorithm[0].contentStart, algorithm[0].end) : null;
  const inner = contentOf(der, items[2]!);
  // OneAsymmetricKey v2 may carry the public key as [1] IMPLICIT BIT STRING.
  const publicKey = items.slice(3).find((item) => item.tag === 0x81);
  switch (oid) {
    case KEY_ALGORITHM_OIDS.rsaEncryption:
    case KEY_ALGORITHM_OIDS.rsassaPss:
      return fromPkcs1(inner);
    case KEY_ALGORITHM_OIDS.ecPublicKey: {
      const curve = algorithm?.[1]?.tag === 0x06 ? decodeOid(der, algorithm[1].contentStart, algorithm[1].end) : null;
      if (!curve) return MALFORMED;
      if (publicKey) return { ok: true, parts: { algorithm: 'EC', curveOid: curve, point: contentOf(der, publicKey).slice(1) } };
      const sec1 = await fromSec1(inner, curve);
      return sec1.ok || sec1.failure.reason !== 'malformed' ? sec1 : ecPointViaWebCrypto(der, curve);
    }
    case KEY_ALGORITHM_OIDS.ed25519:
    case KEY_ALGORITHM_OIDS.ed448: {
      const name = oid === KEY_ALGORITHM_OIDS.ed25519 ? 'Ed25519' : 'Ed448';
      if (publicKey) return { ok: true, parts: { algorithm: name, key: contentOf(der, publicKey).slice(1) } };
      return edKeyViaWebCrypto(der, name);
    }
    case KEY_ALGORITHM_OIDS.dsa:
      return { ok: false, failure: { reason: 'unsupported', algorithm: 'DSA' } };
    default:
      return { ok: false, failure: { reason: 'unsupported', algorithm: oid ?? 'unknown' } };
  }
}

/** Which plain private-key syntax a DER blob uses: PKCS#8, PKCS#1 (RSA) or SEC1 (EC); null when none. */
export function privateKeySyntax(der: Uint8Array): 'pkcs8' | 'pkcs1' | 'sec1' | null {
  const items = kids(der, topOf(der));
  if (!items || items[0]?.tag !== 0x02) return null;
  if (items[1]?.tag === 0x30 && items[2]?.tag === 0x04) return 'pkcs8';
  if (items.length >= 9 && items.every((item) => item.tag === 0x02)) return 'pkcs1';
  if (items[1]?.tag === 0x04) return 'sec1';
  return null;
}

/** The public key of a plain (decrypted) private key in PKCS#8, PKCS#1 or SEC1 DER. */
export async function publicKeyOfPrivateKey(der: Uint8Array): Promise<DerivedPublicKey> {
  switch (privateKeySyntax(der)) {
    case 'pkcs8':
      return fromPkcs8(der);
    case 'pkcs1':
      return fromPkcs1(der);
    case 'sec1':
      return fromSec1(der, null);
    default:
      return MALFORMED;
  }
}
