import type { LocalizedText } from './localized-text';
import type { SourceLocation } from './location';

/** How bad a diagnostic finding is; the UI lists errors first. */
export type FindingSeverity = 'error' | 'warning' | 'info' | 'ok';

/** Why a key or CSR file gave no public key to compare (the key-file findings; detail never quotes the key). */
export type KeyFileFindingCode =
  | 'key-passphrase-required'
  | 'key-passphrase-wrong'
  | 'key-encryption-unsupported'
  | 'key-type-unsupported'
  | 'key-file-is-certificate'
  | 'key-unreadable';

/** Every diagnostic finding's code, by family: a stable name the UI, the CLI's JSON and tests rely on. */
export type FindingCode =
  // validity and strength of the certificate itself
  | 'valid'
  | 'expires-soon'
  | 'expired'
  | 'not-yet-valid'
  | 'sha1-signature'
  | 'weak-key'
  | 'no-server-auth'
  | 'certificate-purpose'
  // host name (RFC 6125)
  | 'name-match'
  | 'name-match-cn-only'
  | 'name-mismatch'
  // what the TSV row says
  | 'revoked'
  | 'revocation-pending'
  | 'tsv-consistent'
  | 'tsv-mismatch'
  // text that reads differently from what it holds (bidi, zero-width and control characters)
  | 'hidden-characters'
  // what the row's 状態 and the rest of the file say (shared/diagnostics/row-state-findings)
  | 'status-error'
  | 'status-pending'
  | 'download-link-open'
  | 'download-link-expired'
  | 'renewal-in-file'
  | 'row-unreadable'
  // the chain and the server's chain file
  | 'chain-complete'
  | 'chain-unreadable'
  | 'incomplete-chain'
  | 'self-signed'
  | 'signature-invalid'
  | 'expired-intermediate'
  | 'retired-intermediate'
  | 'wrong-order'
  | 'unneeded-root'
  | 'unrelated-certificate'
  | 'chain-file-verified'
  | 'chain-file-invalid'
  // path validation (RFC 5280 §6; shared/pki/chain's PathFailure)
  | 'expired-root'
  | 'ca-not-yet-valid'
  | 'unsupported-algorithm'
  | 'issuer-not-ca'
  | 'issuer-no-key-cert-sign'
  | 'path-length-exceeded'
  | 'name-constraints-violated'
  | 'unknown-critical-extension'
  | 'malformed-extension'
  | 'policy-not-acceptable'
  | 'ca-as-server-certificate'
  | 'issuer-eku-excludes-server-auth'
  | 'weak-key-on-path'
  | 'untrusted-root'
  | 'wrong-criticality'
  | 'extension-not-allowed'
  | 'bad-serial-number'
  | 'invalid-dns-name'
  | 'name-constraints-unchecked'
  | 'baseline-requirements'
  // reading certificate files (the PEM doctor)
  | 'file-too-large'
  | 'pem-repaired'
  | 'pem-corrupt'
  | 'truncated'
  | 'not-a-certificate'
  | 'no-certificate-found'
  | 'pkcs7-read'
  | 'ber-certificate'
  | 'input-over-limit'
  // keys and CSRs
  | 'key-match'
  | 'key-mismatch'
  | KeyFileFindingCode
  // CRLs
  | 'crl-unreadable'
  | 'crl-issuer-unknown'
  | 'crl-signature-invalid'
  | 'crl-outdated'
  | 'crl-not-usable'
  | 'crl-delta'
  | 'revoked-by-crl'
  | 'not-revoked-by-crl'
  | 'revocation-not-checked';


/**
 * A step the staff member takes in the app itself to go on (load a CA file, type a passphrase). Shared
 * advice says what to do; each front end words its own control for the step (a button, an option).
 */
export type FindingAction = 'add-ca-file' | 'enter-passphrase';

/**
 * One diagnostic result about a certificate or file: a stable code (e.g. `expired`, `incomplete-chain`),
 * a sentence for the staff member, and, where there is one, a concrete fix for the server admin.
 */
export interface Finding {
  readonly code: FindingCode;
  readonly severity: FindingSeverity;
  readonly message: LocalizedText;
  readonly advice?: LocalizedText;
  /** The step in the app that the advice leads to, worded by each front end. */
  readonly action?: FindingAction;
  /** Where in an input file this finding points, when it is about a place in a file (e.g. a repaired PEM line). */
  readonly location?: SourceLocation;
  /** The certificate this finding concerns, when it is about one certificate of a chain (a path-validation failure). */
  readonly certificate?: FindingCertificate;
}

/** Which certificate a finding concerns: its SHA-256 (lower-case hex) and subject DN. */
export interface FindingCertificate {
  readonly sha256: string;
  readonly subjectDn: string;
}
