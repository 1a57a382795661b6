import { sameBytes } from '../../encoding/bytes';
import { readOid } from '../der/der-oid';
import { DER_TAG, isDerFailure, readChildren, readElement, type DerElement } from '../der/der-reader';
import { readEcdsaSignature } from '../der/ecdsa-signature';
import type { PoolEntry } from './chain-pool';

/** How a certificate's signature stands against a candidate issuer's key. */
export type SignatureOutcome = 'valid' | 'invalid' | 'unsupported';

/**
 * Signature algorithms this app verifies (WebCrypto): RSA PKCS#1 v1.5 and RSA-PSS with SHA-1/SHA-2,
 * ECDSA with SHA-1/SHA-2, Ed25519. Anything else (MD2/MD5 with RSA, DSA, GOST, unknown OIDs) is
 * `unsupported`: we cannot say the signature is wrong, only that we cannot check it.
 */
const SUPPORTED_SIGNATURES = new Set([
  '1.2.840.113549.1.1.5', // sha1WithRSAEncryption
  '1.2.840.113549.1.1.11', // sha256WithRSAEncryption
  '1.2.840.113549.1.1.12', // sha384WithRSAEncryption
  '1.2.840.113549.1.1.13', // sha512WithRSAEncryption
  '1.2.840.113549.1.1.10', // RSASSA-PSS
  '1.2.840.10045.4.1', // ecdsa-with-SHA1
  '1.2.840.10045.4.3.2', // ecdsa-with-SHA256
  '1.2.840.10045.4.3.3', // ecdsa-with-SHA384
  '1.2.840.10045.4.3.4', // ecdsa-with-SHA512
  '1.3.101.112', // Ed25519
]);

/** The OID of a certificate's outer signatureAlgorithm, read straight from the DER, or null. */
export function signatureAlgorithmOid(der: Uint8Array): string | null {
  const outer = readElement(der, 0);
  if (isDerFailure(outer)) return null;
  const parts = readChildren(der, outer);
  if (typeof parts === 'string' || !parts[1]) return null;
  const algorithm = readChildren(der, parts[1]);
  if (typeof algorithm === 'string' || !algorithm[0]) return null;
  return readOid(der, algorithm[0]);
}

const ECDSA_SIGNATURE = '1.2.840.10045.4.';

/**
 * True when what the signature check relies on is exactly as RFC 5280 §4.1 (and OpenSSL) has it:
 * the outer signatureAlgorithm is byte for byte the TBSCertificate's signature field (§4.1.1.2),
 * the signatureValue BIT STRING has no unused bits, and an ECDSA signature is the DER of
 * ECDSA-Sig-Value. The library verifies without any of these checks (it drops the unused-bits
 * count and reads an ECDSA signature leniently), so a certificate with one of these bytes changed
 * would otherwise still verify. The envelope itself (one SEQUENCE of three, nothing after it) is
 * checked when the certificate is summarised, before it enters the pool.
 */
export function hasStrictSignatureEncoding(der: Uint8Array): boolean {
  const outer = readElement(der, 0);
  if (isDerFailure(outer)) return false;
  const parts = readChildren(der, outer);
  if (typeof parts === 'string' || parts.length !== 3) return false;
  const [tbs, algorithm, value] = parts as [DerElement, DerElement, DerElement];
  if (tbs.tag !== DER_TAG.sequence || algorithm.tag !== DER_TAG.sequence || value.tag !== DER_TAG.bitString) return false;
  // TBSCertificate: [0] version (optional), serialNumber, signature AlgorithmIdentifier, …
  const fields = readChildren(der, tbs);
  if (typeof fields === 'string') return false;
  const inner = fields[fields[0]?.tag === 0xa0 ? 2 : 1];
  if (!inner || !sameBytes(der.subarray(inner.start, inner.end), der.subarray(algorithm.start, algorithm.end))) return false;
  if (value.end === value.contentStart || der[value.contentStart] !== 0) return false;
  const oid = signatureAlgorithmOid(der);
  return oid === null || !oid.startsWith(ECDSA_SIGNATURE) || readEcdsaSignature(der.subarray(value.contentStart + 1, value.end)) !== null;
}

/** True when the app can verify signatures made with this certificate's signature algorithm. */
export function isSupportedSignature(entry: PoolEntry): boolean {
  const oid = signatureAlgorithmOid(entry.der);
  return oid !== null && SUPPORTED_SIGNATURES.has(oid);
}

/** Whether `child`'s signature verifies with `parent`'s public key; `unsupported` when its algorithm is one we do not verify. Never throws. */
export async function checkSignature(child: PoolEntry, parent: PoolEntry): Promise<SignatureOutcome> {
  if (!hasStrictSignatureEncoding(child.der)) return 'invalid';
  if (!isSupportedSignature(child)) return 'unsupported';
  try {
    // The library hashes the TBSCertificate's bytes as they stand in the DER (asn1-schema keeps them raw), never a re-encoding.
    return (await child.certificate.verify({ publicKey: parent.certificate.publicKey, signatureOnly: true })) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}
