import type { CertificateList } from '../model/certificate-list';
import type { Problem } from '../model/problem';
import type { Result } from '../model/result';
import { sha256HexSync, type DigestSha256 } from '../pki/digest';
import { summarizeCertificateWith } from '../pki/certificate/summarize-certificate';
import { decodeFailureCode } from './decode-failure-code';
import { readListWith, type ReadListOptions } from './read-list';

export { recordCertificateDer } from './record-certificate-der';

/**
 * Reads serverAll.tsv / clientAll.tsv bytes into typed records. Fails (err) only when the file is not a
 * certificate list at all (file-empty, file-binary, file-encoding, file-no-header); otherwise every good
 * row is a record and every unreadable row or cell is a located problem in `list.problems`.
 * `digestSha256` computes each certificate's SHA-256: @noble/hashes by default (the browser worker: a
 * synchronous digest needs no promise per certificate, which measured faster than WebCrypto's round
 * trips); Node callers pass node:crypto's (cli/node-digest.ts), faster still.
 */
export function readCertificateList(
  bytes: Uint8Array,
  options: Pick<ReadListOptions, 'fileName' | 'onProgress' | 'onRecords' | 'summaryPool'> & { digestSha256?: DigestSha256 },
): Promise<Result<CertificateList, Problem>> {
  const digestSha256 = options.digestSha256 ?? sha256HexSync;
  return readListWith(bytes, options, (der) => summarizeCertificateWith(der, digestSha256), decodeFailureCode);
}
