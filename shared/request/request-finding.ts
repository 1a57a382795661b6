import type { LocalizedText } from '../model/localized-text';
import type { RequestField } from './request-format';

/** Every request-file finding's code: a stable name the CLI's JSON, the UI and the tests rely on. */
export type RequestFindingCode =
  // the file
  | 'file-empty'
  | 'file-binary'
  | 'not-shift-jis-file'
  | 'undecodable-bytes'
  | 'line-ending'
  | 'blank-line'
  | 'header-row'
  | 'too-many-rows'
  | 'mixed-kinds'
  // the row's shape and characters
  | 'column-count'
  | 'excel-quotes'
  | 'forbidden-character'
  | 'field-too-long'
  | 'not-half-width'
  | 'not-shift-jis'
  | 'cp932-extension'
  | 'required-missing'
  | 'must-be-empty'
  // the values
  | 'dn-order'
  | 'dn-shape'
  | 'dn-characters'
  | 'profile-invalid'
  | 'serial-invalid'
  | 'reason-invalid'
  | 'key-compromise'
  | 'comment-recommended'
  | 'mail-invalid'
  | 'fqdn-invalid'
  | 'fqdn-cn-mismatch'
  | 'dns-names-format'
  | 'dns-names-too-many'
  | 'dns-name-invalid'
  | 'dns-name-duplicate'
  // the CSR
  | 'csr-unreadable'
  | 'csr-signature-invalid'
  | 'csr-signature-unchecked'
  | 'csr-dn-mismatch'
  | 'csr-key-profile'
  | 'csr-key-reused'
  | 'csr-san-differs'
  // against the list
  | 'serial-unknown'
  | 'serial-dn-mismatch'
  | 'already-revoked'
  | 'revocation-in-progress'
  | 'not-server-certificate'
  | 'no-certificate'
  | 'already-replaced'
  | 'renewal-of-expired'
  | 'revoking-expired'
  | 'fqdn-differs-from-list'
  | 'profile-changed'
  | 'duplicate-serial'
  | 'host-has-certificate'
  // what the builders refuse before there is a row
  | 'unknown-id'
  | 'duplicate-id'
  | 'key-compromise-unconfirmed'
  | 'comment-required';

export type RequestSeverity = 'error' | 'warning' | 'info';

/** One thing found about a request row (or the file): code, severity, a sentence in both languages, and the column it concerns. */
export interface RequestFinding {
  readonly code: RequestFindingCode;
  readonly severity: RequestSeverity;
  readonly message: LocalizedText;
  readonly field?: RequestField;
}

/** A finding from its parts; `field` is left out when there is none, so JSON stays small. */
export function requestFinding(code: RequestFindingCode, severity: RequestSeverity, message: LocalizedText, field?: RequestField): RequestFinding {
  return field === undefined ? { code, severity, message } : { code, severity, message, field };
}

/** How many findings there are of each severity. */
export function severityCounts(findings: readonly RequestFinding[]): Readonly<Record<RequestSeverity, number>> {
  const counts: Record<RequestSeverity, number> = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

/** True when any finding is an error. */
export function hasRequestError(findings: readonly RequestFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
