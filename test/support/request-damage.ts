/**
 * The finding each hand-damaged request fixture (manifest `request.files[].damage`) must raise on its
 * damaged line: one table for the shared review's tests and the CLI's.
 */
export const FINDING_OF_DAMAGE: Readonly<Record<string, { readonly code: string; readonly severity: 'error' | 'warning' }>> = {
  'dn-order': { code: 'dn-order', severity: 'error' },
  'unknown-serial': { code: 'serial-unknown', severity: 'error' },
  'revoked-serial': { code: 'already-revoked', severity: 'error' },
  'bad-reason': { code: 'reason-invalid', severity: 'error' },
  'reused-key': { code: 'csr-key-reused', severity: 'error' },
  'wrong-key-type': { code: 'csr-key-profile', severity: 'error' },
  'too-many-rows': { code: 'too-many-rows', severity: 'error' },
  'not-shift-jis': { code: 'not-shift-jis-file', severity: 'error' },
  'column-count': { code: 'column-count', severity: 'error' },
  // Whether NII takes LF alone is not known (docs/request-files.md): a warning, not an error.
  'lf-only': { code: 'line-ending', severity: 'warning' },
};
