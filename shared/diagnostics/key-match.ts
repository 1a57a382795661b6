import type { Finding } from '../model/finding';
import { compareKeys, type KeyComparison } from '../pki/keys/compare-keys';
import { keyFileFinding, keyMatchFinding, keyMismatchFinding } from './key-findings';

/** The comparison of a certificate with a key or CSR (verdict and public-key hashes only, never key material) and its finding. */
export type KeyMatchResult = Omit<KeyComparison, 'failure'> & { readonly finding: Finding };

/**
 * Compares a certificate with a private key or CSR file by public key (shared/pki's compareKeys):
 * `key-match` (ok) or `key-mismatch` (error), or the key-file finding that stopped the comparison
 * (`key-passphrase-required`, `key-passphrase-wrong`, `key-encryption-unsupported`, …). Never throws.
 */
export async function matchKey(
  certificateDer: Uint8Array,
  keyFile: { readonly name: string; readonly bytes: Uint8Array },
  passphrase?: string,
): Promise<KeyMatchResult> {
  const { failure, ...comparison } = await compareKeys(certificateDer, keyFile, passphrase);
  const finding =
    failure !== null
      ? keyFileFinding(failure.code, failure.detail)
      : comparison.status === 'match'
        ? keyMatchFinding(comparison.source!)
        : keyMismatchFinding(comparison.source!);
  return { ...comparison, finding };
}
