import { readOid } from '../der/der-oid';
import { isDerFailure, readChildren, readElement } from '../der/der-reader';
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

/** True when the app can verify signatures made with this certificate's signature algorithm. */
export function isSupportedSignature(entry: PoolEntry): boolean {
  const oid = signatureAlgorithmOid(entry.der);
  return oid !== null && SUPPORTED_SIGNATURES.has(oid);
}

/** Whether `child`'s signature verifies with `parent`'s public key; `unsupported` when its algorithm is one we do not verify. Never throws. */
export async function checkSignature(child: PoolEntry, parent: PoolEntry): Promise<SignatureOutcome> {
  if (!isSupportedSignature(child)) return 'unsupported';
  try {
    return (await child.certificate.verify({ publicKey: parent.certificate.publicKey, signatureOnly: true })) ? 'valid' : 'invalid';
  } catch {
    return 'invalid';
  }
}
