import type { Finding } from '../model/finding';
import type { NamedBytes } from '../model/named-bytes';
import {
  openedKeyAloneFinding,
  openedKeyMatchFinding,
  openedKeyMismatchFinding,
  openedKeyUnreadableFinding,
  type MatchedCertificate,
} from '../diagnostics/opened-key-findings';
import { readCertificateFile } from '../pki/read-certificate-file';
import { checkKeyFile } from './key-check';
import type { LooseCertificate } from './views';

/** What an opened key file holds: a private key (plain or encrypted) or a CSR, both matched by public key. */
export type OpenedKeySource = 'private-key' | 'csr';

/**
 * Whether a file opened among certificate files is a private key or a CSR (and nothing else): told by
 * the certificate-file reader's refusal, which recognises a key by its label or shape without decoding it.
 */
export async function openedKeySource(file: NamedBytes): Promise<OpenedKeySource | null> {
  const read = await readCertificateFile(file.bytes);
  if (read.certificates.length > 0) return null;
  const kinds = read.issues.flatMap((issue) => (issue.kind === 'not-a-certificate' ? [issue.derKind] : []));
  if (kinds.length === 0) return null;
  if (kinds.every((kind) => kind === 'private-key' || kind === 'encrypted-private-key')) return 'private-key';
  return kinds.every((kind) => kind === 'csr') ? 'csr' : null;
}

/**
 * Matches a key or CSR opened beside certificates against each of them (by public key), and says on
 * the key file which certificates it belongs to, that it belongs to none, that there was nothing to
 * match, or what stopped the comparison (a passphrase…). Every copy of the key is zeroed, and so is
 * the file's own buffer once done: nothing of the key outlives this call.
 */
export async function matchOpenedKey(key: NamedBytes, source: OpenedKeySource, certificates: readonly LooseCertificate[]): Promise<Finding> {
  try {
    if (certificates.length === 0) return openedKeyAloneFinding(key.name, source);
    const matched: MatchedCertificate[] = [];
    for (const certificate of certificates) {
      // checkKeyFile zeroes what it is given: each comparison gets its own copy.
      const result = await checkKeyFile(certificate.report.der, { name: key.name, bytes: key.bytes.slice() }, null);
      if (result.status === 'unreadable') return openedKeyUnreadableFinding(key.name, result.finding);
      if (result.status === 'match') matched.push({ name: certificate.commonName || certificate.subjectDn, fileName: certificate.fileName });
    }
    return matched.length > 0 ? openedKeyMatchFinding(key.name, source, matched) : openedKeyMismatchFinding(key.name, source, certificates.length);
  } finally {
    key.bytes.fill(0);
  }
}
