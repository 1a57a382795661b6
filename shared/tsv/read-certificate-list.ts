import type { CertificateList } from '../model/certificate-list';
import type { Problem } from '../model/problem';
import type { Result } from '../model/result';
import { summarizeCertificate } from '../x509/summarize-certificate';
import { decodeFailureCode } from './decode-failure-code';
import { readListWith } from './read-list';

export { recordCertificateDer } from './record-certificate-der';

/**
 * Reads serverAll.tsv / clientAll.tsv bytes into typed records. Fails (err) only when the file is not a
 * certificate list at all (file-empty, file-binary, file-encoding, file-no-header); otherwise every good
 * row is a record and every unreadable row or cell is a located problem in `list.problems`.
 */
export function readCertificateList(
  bytes: Uint8Array,
  options: { fileName: string; onProgress?: (done: number, total: number) => void },
): Promise<Result<CertificateList, Problem>> {
  return readListWith(bytes, options, summarizeCertificate, decodeFailureCode);
}
