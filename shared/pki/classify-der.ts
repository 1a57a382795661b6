import { decodeOid } from './der/der-oid';
import { readChildren, readElement, type DerElement } from './der/der-reader';

/** What a DER (or BER) blob is, judged from its outer structure only. */
export type DerKind =
  | 'certificate'
  | 'csr'
  | 'crl'
  | 'pkcs7'
  | 'pkcs12'
  | 'private-key'
  | 'encrypted-private-key'
  | 'public-key'
  | 'unknown';

const PKCS7_SIGNED_DATA = '1.2.840.113549.1.7.2';
// The DER of OID 1.2.840.113549.1.7.2 (signedData): found near the start even in BER with indefinite lengths.
const SIGNED_DATA_OID_BYTES = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x07, 0x02];

function children(bytes: Uint8Array, element: DerElement): DerElement[] | null {
  const list = readChildren(bytes, element);
  return typeof list === 'string' ? null : list;
}

const tags = (list: readonly DerElement[]): number[] => list.map((element) => element.tag);

/** True when `bytes` starts with a PKCS#7 ContentInfo of type signedData (RFC 2315 §7, §9.1), DER or BER. */
export function looksLikePkcs7(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30) return false;
  const window = bytes.subarray(0, 16);
  outer: for (let i = 1; i + SIGNED_DATA_OID_BYTES.length <= window.length; i++) {
    for (let j = 0; j < SIGNED_DATA_OID_BYTES.length; j++) if (window[i + j] !== SIGNED_DATA_OID_BYTES[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Classifies a blob by the shape of its outer SEQUENCE: Certificate (RFC 5280 §4.1), CertificationRequest
 * (RFC 2986 §4), CertificateList (RFC 5280 §5.1), PKCS#7 ContentInfo, PFX (RFC 7292 §4), PrivateKeyInfo /
 * OneAsymmetricKey (RFC 5958), EncryptedPrivateKeyInfo, RSAPrivateKey (RFC 8017 §A.1.2), ECPrivateKey
 * (RFC 5915 §3) and SubjectPublicKeyInfo. Never throws.
 */
export function classifyDer(bytes: Uint8Array): DerKind {
  if (looksLikePkcs7(bytes)) return 'pkcs7';
  const top = readElement(bytes, 0);
  if (typeof top === 'string' || top.tag !== 0x30) return 'unknown';
  const items = children(bytes, top);
  if (!items || items.length === 0) return 'unknown';
  const shape = tags(items);
  if (shape[0] === 0x06 && decodeOid(bytes, items[0]!.contentStart, items[0]!.end) === PKCS7_SIGNED_DATA) return 'pkcs7';
  if (shape.length === 3 && shape[0] === 0x30 && shape[1] === 0x30 && shape[2] === 0x03) {
    const inner = children(bytes, items[0]!);
    if (!inner) return 'unknown';
    const innerTags = tags(inner);
    if (innerTags[0] === 0xa0) return 'certificate';
    if (innerTags[0] === 0x02 && innerTags[3] === 0xa0 && innerTags.length === 4) return 'csr';
    // tbsCertList: [version INTEGER] signature SEQ, issuer SEQ, thisUpdate Time …
    const afterVersion = innerTags[0] === 0x02 ? innerTags.slice(1) : innerTags;
    if (afterVersion[0] === 0x30 && afterVersion[1] === 0x30 && (afterVersion[2] === 0x17 || afterVersion[2] === 0x18)) return 'crl';
    if (innerTags[0] === 0x02 && innerTags.length >= 6) return 'certificate'; // v1 certificate
    return 'unknown';
  }
  if (shape.length === 2 && shape[0] === 0x30 && shape[1] === 0x03) return 'public-key';
  if (shape.length === 2 && shape[0] === 0x30 && shape[1] === 0x04) return 'encrypted-private-key';
  if (shape[0] === 0x02 && shape[1] === 0x30 && shape[2] === 0x04) return 'private-key'; // PKCS#8
  if (shape[0] === 0x02 && shape[1] === 0x30 && shape[2] === 0x30) return 'pkcs12';
  if (shape.length >= 9 && shape.slice(0, 9).every((tag) => tag === 0x02)) return 'private-key'; // PKCS#1
  if (shape[0] === 0x02 && shape[1] === 0x04 && shape.length <= 4) return 'private-key'; // SEC1
  return 'unknown';
}

/**
 * True when bytes look like binary DER/BER rather than text: an outer SEQUENCE whose length header is
 * well formed (or cut short), some non-printable bytes near the start, and no PEM marker. A text that
 * merely starts with "0" is not DER.
 */
export function looksLikeDer(bytes: Uint8Array): boolean {
  if (bytes[0] !== 0x30 || !bytes.subarray(0, 64).some((b) => b < 0x09 || b > 0x7e)) return false;
  // A PEM marker means text (pasted mail starting with "0…"), whatever the first byte says.
  if (/-{2,}\s*BEGIN /i.test(String.fromCharCode(...bytes.subarray(0, 8192)))) return false;
  if (bytes[1] === 0x80) return true; // BER indefinite length (PKCS#7 from some tools)
  return readElement(bytes, 0) !== 'malformed';
}

/**
 * True when the bytes look like an X.509 certificate in BER rather than DER: an outer SEQUENCE of
 * indefinite length (0x30 0x80, X.690 §8.1.3.6) holding a tbsCertificate SEQUENCE that starts with a
 * version [0] or a serial INTEGER. RFC 5280 §4.1 requires DER, so such a file is named for what it is
 * instead of "damaged". Never throws.
 */
export function looksLikeBerCertificate(bytes: Uint8Array): boolean {
  if (bytes.length < 8 || bytes[0] !== 0x30 || bytes[1] !== 0x80 || bytes[2] !== 0x30) return false;
  const length = bytes[3]!;
  const contentStart = length === 0x80 || length < 0x80 ? 4 : 4 + (length & 0x7f);
  return bytes[contentStart] === 0xa0 || bytes[contentStart] === 0x02;
}
