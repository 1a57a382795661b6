import type { OpenedFile } from '../../shared/ipc/contract';
import { fileTooLarge } from '../../shared/ipc/errors';
import type { Finding } from '../../shared/model/finding';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../shared/model/limits';

/**
 * The refusal of a certificate, key, CSR or CRL file over the certificate-file limit, or null when it
 * is within it. The host reads any opened file up to the list limit (it cannot tell the kinds apart),
 * so the worker enforces the smaller limit here, before the file is parsed: an error finding
 * `file-too-large` naming the file, its size and the limit in Japanese and English.
 */
export function oversizeFinding(file: OpenedFile, limit: number = MAX_CERTIFICATE_FILE_BYTES): Finding | null {
  if (file.bytes.length <= limit) return null;
  return {
    code: 'file-too-large',
    severity: 'error',
    message: fileTooLarge(file.name, file.bytes.length, limit).message,
    location: { file: file.name, line: null, column: null },
  };
}
