import type { Finding } from '../model/finding';
import { fileTooLargeText, MAX_CERTIFICATE_FILE_BYTES } from '../model/limits';
import { sourceLocation } from '../model/location';
import type { NamedBytes } from '../model/named-bytes';

/**
 * The refusal of a certificate, key, CSR or CRL file over the certificate-file limit, or null when it
 * is within it. The host reads any opened file up to the list limit (it cannot tell the kinds apart),
 * so the desk enforces the smaller limit here, before the file is parsed: an error finding
 * `file-too-large` naming the file, its size and the limit in Japanese and English.
 */
export function oversizeFinding(file: NamedBytes, limit: number = MAX_CERTIFICATE_FILE_BYTES): Finding | null {
  if (file.bytes.length <= limit) return null;
  return { code: 'file-too-large', severity: 'error', message: fileTooLargeText(file.name, file.bytes.length, limit), location: sourceLocation({ file: file.name }) };
}
