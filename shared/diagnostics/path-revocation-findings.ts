import type { Finding } from '../model/finding';
import { crlReasonLabel, NO_REASON_GIVEN } from '../pki/crl-reasons';
import type { CertificateRevocation } from '../pki/crl/path-revocation';
import { crlFindings } from './crl-findings';

/**
 * One finding per certificate of a checked path, leaf first: `revoked-by-crl`, `not-revoked-by-crl`
 * or `revocation-not-checked` (with why). The trust anchor at the top is left out: roots are not
 * revocation-checked (RFC 5280 §6.1), and saying so on every report would be noise.
 */
export function pathRevocationFindings(results: readonly CertificateRevocation[]): Finding[] {
  const findings: Finding[] = [];
  for (const { subject, position, status } of results) {
    if (!subject || (status.kind === 'not-checked' && status.why.code === 'trust-anchor')) continue;
    if (status.kind === 'revoked') findings.push(crlFindings.revoked(subject.summary, position, status.revokedAt, status.reason === null ? NO_REASON_GIVEN : crlReasonLabel(status.reason), status.crl));
    else if (status.kind === 'good') findings.push(crlFindings.notRevoked(subject.summary, position, status.crls, status.outdated));
    else findings.push(crlFindings.notChecked(subject.summary, position, status.why));
  }
  return findings;
}
