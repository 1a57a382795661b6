import type { NamedBytes } from '../model/named-bytes';
import { matchKey, type KeyMatchResult } from '../diagnostics/key-match';

/**
 * Compares a certificate with a private key or CSR (diagnostics' matchKey) and answers with the
 * verdict and public-key hashes only. The key bytes are zeroed once read, whatever the outcome, so
 * no copy of a private key outlives the call.
 */
export async function checkKeyFile(certificateDer: Uint8Array, key: NamedBytes, passphrase: string | null): Promise<KeyMatchResult> {
  try {
    const result = await matchKey(certificateDer, key, passphrase ?? undefined);
    return {
      status: result.status,
      source: result.source,
      certificateSpkiSha256: result.certificateSpkiSha256,
      keySpkiSha256: result.keySpkiSha256,
      finding: result.finding,
    };
  } finally {
    key.bytes.fill(0);
  }
}
