import type { NamedBytes } from '../model/named-bytes';
import { matchKey, type KeyMatchResult } from '../diagnostics/key-match';
import { oversizeFinding } from './certificate-file-limit';

/**
 * Compares a certificate with a private key or CSR (diagnostics' matchKey) and answers with the
 * verdict and public-key hashes only. The key bytes are zeroed once read, whatever the outcome, so
 * no copy of a private key outlives the call. A file over the certificate-file limit is refused unread
 * (file-too-large).
 */
export async function checkKeyFile(certificateDer: Uint8Array, key: NamedBytes, passphrase: string | null): Promise<KeyMatchResult> {
  try {
    const oversize = oversizeFinding(key);
    if (oversize) return { status: 'unreadable', source: null, certificateSpkiSha256: null, keySpkiSha256: null, finding: oversize };
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
