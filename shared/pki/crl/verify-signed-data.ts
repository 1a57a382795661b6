import { DER_TAG, readChildren, readElement, type DerElement } from '../der/der-reader';
import { readOid } from '../der/der-oid';
import { readEcdsaSignature } from '../der/ecdsa-signature';
import { x509 } from '../x509-library';
import { readWhole } from './crl-extensions';

/** Whether a signature verified with a key: `unsupported-algorithm` when WebCrypto cannot check that algorithm (MD5, DSA, SHA-224…). */
export type SignatureCheck = 'verified' | 'bad-signature' | 'unsupported-algorithm';

const HASH_BY_OID: Readonly<Record<string, string>> = {
  '1.3.14.3.2.26': 'SHA-1',
  '2.16.840.1.101.3.4.2.1': 'SHA-256',
  '2.16.840.1.101.3.4.2.2': 'SHA-384',
  '2.16.840.1.101.3.4.2.3': 'SHA-512',
};

/** Signature algorithms WebCrypto checks (RFC 4055, RFC 5758, RFC 8410), by OID. */
const ALGORITHMS: Readonly<Record<string, { readonly name: 'RSASSA-PKCS1-v1_5' | 'ECDSA' | 'Ed25519'; readonly hash?: string }>> = {
  '1.2.840.113549.1.1.5': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-1' },
  '1.2.840.113549.1.1.11': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' },
  '1.2.840.113549.1.1.12': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-384' },
  '1.2.840.113549.1.1.13': { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-512' },
  '1.2.840.10045.4.1': { name: 'ECDSA', hash: 'SHA-1' },
  '1.2.840.10045.4.3.2': { name: 'ECDSA', hash: 'SHA-256' },
  '1.2.840.10045.4.3.3': { name: 'ECDSA', hash: 'SHA-384' },
  '1.2.840.10045.4.3.4': { name: 'ECDSA', hash: 'SHA-512' },
  '1.3.101.112': { name: 'Ed25519' },
};

const RSA_PSS = '1.2.840.113549.1.1.10';

/** RSASSA-PSS-params (RFC 4055 §3.1): the hash and salt length, or null when other than MGF1 with the same hash. */
function readPssParameters(bytes: Uint8Array, parameters: DerElement | null): { hash: string; saltLength: number } | null {
  let hash = 'SHA-1';
  let saltLength = 20;
  if (parameters === null) return { hash, saltLength };
  const fields = readChildren(bytes, parameters);
  if (typeof fields === 'string') return null;
  for (const field of fields) {
    const inner = readElement(bytes, field.contentStart, field.end);
    if (typeof inner === 'string') return null;
    if (field.tag === 0xa0) {
      const oid = inner.tag === DER_TAG.sequence ? readFirstOid(bytes, inner) : null;
      const name = oid ? HASH_BY_OID[oid] : undefined;
      if (!name) return null;
      hash = name;
    } else if (field.tag === 0xa2) {
      if (inner.tag !== DER_TAG.integer || inner.end - inner.contentStart > 2) return null;
      saltLength = 0;
      for (let i = inner.contentStart; i < inner.end; i++) saltLength = saltLength * 256 + bytes[i]!;
    } else if (field.tag !== 0xa1 && field.tag !== 0xa3) return null;
  }
  return { hash, saltLength };
}

function readFirstOid(bytes: Uint8Array, sequence: DerElement): string | null {
  const first = readElement(bytes, sequence.contentStart, sequence.end);
  return typeof first === 'string' ? null : readOid(bytes, first);
}

/** ECDSA-Sig-Value (r, s INTEGERs, exactly DER) as the fixed-size r‖s WebCrypto wants, or null. */
function ecdsaRawSignature(signature: Uint8Array, curve: string | undefined): Uint8Array | null {
  const size = curve === 'P-256' ? 32 : curve === 'P-384' ? 48 : curve === 'P-521' ? 66 : 0;
  const parts = readEcdsaSignature(signature);
  if (size === 0 || parts === null || parts.r.length > size || parts.s.length > size) return null;
  const out = new Uint8Array(size * 2);
  out.set(parts.r, size - parts.r.length);
  out.set(parts.s, size * 2 - parts.s.length);
  return out;
}

/**
 * Checks a signature made over `signedBytes` (a CRL's TBSCertList) with the public key of
 * `certificate`, for the algorithm named by the DER AlgorithmIdentifier `algorithm`. Never throws:
 * a key that does not fit the algorithm is a `bad-signature` for that key.
 */
export async function verifySignedData(signedBytes: Uint8Array, algorithm: Uint8Array, signature: Uint8Array, certificate: x509.X509Certificate): Promise<SignatureCheck> {
  const sequence = readWhole(algorithm);
  const fields = sequence && sequence.tag === DER_TAG.sequence ? readChildren(algorithm, sequence) : 'malformed';
  if (typeof fields === 'string' || fields.length === 0) return 'bad-signature';
  const oid = readOid(algorithm, fields[0]!);
  if (oid === null) return 'bad-signature';
  let webAlgorithm: { name: string; hash?: string; saltLength?: number };
  let value: Uint8Array | null = signature;
  if (oid === RSA_PSS) {
    const parameters = readPssParameters(algorithm, fields[1] && fields[1].tag === DER_TAG.sequence ? fields[1] : null);
    if (!parameters) return 'unsupported-algorithm';
    webAlgorithm = { name: 'RSA-PSS', hash: parameters.hash, saltLength: parameters.saltLength };
  } else {
    const known = ALGORITHMS[oid];
    if (!known) return 'unsupported-algorithm';
    webAlgorithm = known.hash ? { name: known.name, hash: known.hash } : { name: known.name };
  }
  try {
    const namedCurve = (certificate.publicKey.algorithm as { namedCurve?: string }).namedCurve;
    const importAlgorithm = webAlgorithm.name === 'ECDSA' ? { name: 'ECDSA', namedCurve: namedCurve ?? '' } : webAlgorithm.name === 'Ed25519' ? { name: 'Ed25519' } : { name: webAlgorithm.name, hash: webAlgorithm.hash ?? '' };
    const key = await crypto.subtle.importKey('spki', certificate.publicKey.rawData, importAlgorithm, false, ['verify']);
    if (webAlgorithm.name === 'ECDSA') value = ecdsaRawSignature(signature, namedCurve);
    if (value === null) return 'bad-signature';
    const verifyAlgorithm = webAlgorithm.name === 'RSA-PSS' ? { name: 'RSA-PSS', saltLength: webAlgorithm.saltLength ?? 20 } : webAlgorithm;
    // The views point into the CRL's own ArrayBuffer (never a SharedArrayBuffer); the cast only tells the DOM typings so.
    return (await crypto.subtle.verify(verifyAlgorithm, key, value as Uint8Array<ArrayBuffer>, signedBytes as Uint8Array<ArrayBuffer>)) ? 'verified' : 'bad-signature';
  } catch {
    return 'bad-signature';
  }
}
