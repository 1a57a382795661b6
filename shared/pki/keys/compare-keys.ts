import { toHex } from '../../encoding/hex';
import { readChildren, readElement } from '../der/der-reader';
import { readKeyFile, type KeyFileFailure } from './private-key';
import { encodeSpki, readPublicKeyParts, type PublicKeyParts } from './spki';

/**
 * The outcome of comparing a certificate with a private key or CSR. It carries only the verdict and
 * public-key hashes (SHA-256 of the canonical SubjectPublicKeyInfo DER, lower-case hex) — never any
 * private key material. `failure` says why there is no verdict.
 */
export interface KeyComparison {
  readonly status: 'match' | 'mismatch' | 'unreadable';
  readonly source: 'private-key' | 'csr' | null;
  readonly certificateSpkiSha256: string | null;
  readonly keySpkiSha256: string | null;
  readonly failure: KeyFileFailure | null;
}

/** The public key parts of a certificate (RFC 5280 §4.1: tbsCertificate → subjectPublicKeyInfo). */
export function certificatePublicKey(der: Uint8Array): PublicKeyParts | null {
  const top = readElement(der, 0);
  if (typeof top === 'string') return null;
  const outer = readChildren(der, top);
  if (typeof outer === 'string' || !outer[0]) return null;
  const tbs = readChildren(der, outer[0]);
  if (typeof tbs === 'string') return null;
  // [0] version is present in v2/v3 certificates; then serial, signature, issuer, validity, subject, SPKI.
  const spki = tbs[tbs[0]?.tag === 0xa0 ? 6 : 5];
  return spki ? readPublicKeyParts(der, spki) : null;
}

/** SHA-256 hex of the canonical SPKI of a public key. */
export async function spkiSha256(parts: PublicKeyParts): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(encodeSpki(parts)))));
}

/**
 * Compares a certificate with a private key or CSR file by public key (canonical SPKI SHA-256).
 * The key file is read by readKeyFile, which wipes every private copy it makes. Never throws.
 */
export async function compareKeys(
  certificateDer: Uint8Array,
  keyFile: { readonly name: string; readonly bytes: Uint8Array },
  passphrase?: string,
): Promise<KeyComparison> {
  const certificateParts = certificatePublicKey(certificateDer);
  const certificateSpkiSha256 = certificateParts ? await spkiSha256(certificateParts) : null;
  const read = await readKeyFile(keyFile, passphrase);
  if (!read.ok) return { status: 'unreadable', source: null, certificateSpkiSha256, keySpkiSha256: null, failure: read.failure };
  const keySpkiSha256 = await spkiSha256(read.parts);
  if (!certificateSpkiSha256) {
    return { status: 'unreadable', source: read.source, certificateSpkiSha256, keySpkiSha256, failure: { code: 'key-type-unsupported', detail: 'certificate public key' } };
  }
  return { status: certificateSpkiSha256 === keySpkiSha256 ? 'match' : 'mismatch', source: read.source, certificateSpkiSha256, keySpkiSha256, failure: null };
}
