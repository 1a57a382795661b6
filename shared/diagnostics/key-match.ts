import { toHex } from '../encoding/hex';
import type { Finding } from '../model/finding';
import { readChildren, readElement } from '../pki/der/der-reader';
import { keyFileFinding, keyMatchFinding, keyMismatchFinding } from './key-findings';
import { readKeyFile } from '../pki/keys/private-key';
import { encodeSpki, readPublicKeyParts, type PublicKeyParts } from '../pki/keys/spki';

/**
 * The outcome of comparing a certificate with a private key or CSR. It carries only the verdict and
 * public-key hashes (SHA-256 of the canonical SubjectPublicKeyInfo DER, lower-case hex) — never any
 * private key material.
 */
export interface KeyMatchResult {
  readonly status: 'match' | 'mismatch' | 'unreadable';
  readonly source: 'private-key' | 'csr' | null;
  readonly certificateSpkiSha256: string | null;
  readonly keySpkiSha256: string | null;
  readonly finding: Finding;
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
 * Compares a certificate with a private key or CSR file by public key (canonical SPKI SHA-256):
 * `key-match` (ok) or `key-mismatch` (error), or the key-file finding that stopped the comparison
 * (`key-passphrase-required`, `key-passphrase-wrong`, `key-encryption-unsupported`, …). Never throws.
 */
export async function matchKey(
  certificateDer: Uint8Array,
  keyFile: { readonly name: string; readonly bytes: Uint8Array },
  passphrase?: string,
): Promise<KeyMatchResult> {
  const certificateParts = certificatePublicKey(certificateDer);
  const certificateSpkiSha256 = certificateParts ? await spkiSha256(certificateParts) : null;
  const read = await readKeyFile(keyFile, passphrase);
  if (!read.ok) return { status: 'unreadable', source: null, certificateSpkiSha256, keySpkiSha256: null, finding: read.finding };
  const keySpkiSha256 = await spkiSha256(read.parts);
  if (!certificateSpkiSha256) {
    return { status: 'unreadable', source: read.source, certificateSpkiSha256, keySpkiSha256, finding: keyFileFinding('key-type-unsupported', 'certificate public key') };
  }
  const matched = certificateSpkiSha256 === keySpkiSha256;
  return {
    status: matched ? 'match' : 'mismatch',
    source: read.source,
    certificateSpkiSha256,
    keySpkiSha256,
    finding: matched ? keyMatchFinding(read.source) : keyMismatchFinding(read.source),
  };
}
