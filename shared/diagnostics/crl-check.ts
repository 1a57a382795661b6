import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import { err, ok, type Result } from '../model/result';
import { crlEntryLookup, findCrlSigner, isIssuedByCrlIssuer, readCrl, type ParsedCrl } from '../pki/crl';
import { crlReasonLabel, NO_REASON_GIVEN } from '../pki/crl-reasons';
import { crlFindings } from './crl-findings';

export type { ParsedCrl } from '../pki/crl';

/** Reads a CRL file (DER or PEM), or the `crl-unreadable` finding. Never throws. */
export function loadCrl(bytes: Uint8Array): Result<ParsedCrl, Finding> {
  const read = readCrl(bytes);
  return read.ok ? ok(read.value) : err(crlFindings.unreadable());
}

/** The outcome of checking certificates against a CRL: whether a known CA signed it, and one finding per certificate from that CA. */
export interface CrlCheck {
  readonly issuerVerified: boolean;
  readonly findings: Finding[];
  /** SHA-256 (of each certificate checked) → revoked or not. Certificates from other CAs are absent. */
  readonly revoked: ReadonlyMap<string, boolean>;
}

/**
 * Checks certificates against an offline CRL (RFC 5280 §5, §6.3). The CRL is refused unless its
 * signature verifies with one of `issuerCandidates` (bundled and user CAs): `crl-issuer-unknown` when
 * no candidate has its issuer's name, `crl-signature-invalid` when none verifies. Then each certificate
 * issued by that CA gets `revoked-by-crl` (error: date, reason, "as of" thisUpdate) or `not-revoked-by-crl` (ok).
 */
export async function checkCrl(parsed: ParsedCrl, issuerCandidates: readonly Uint8Array[], certificates: readonly CertificateSummary[], options: { now?: number } = {}): Promise<CrlCheck> {
  const signer = await findCrlSigner(parsed, issuerCandidates);
  if (signer !== 'verified') {
    return { issuerVerified: false, findings: [signer === 'unknown-issuer' ? crlFindings.issuerUnknown(parsed.issuerDn) : crlFindings.signatureInvalid(parsed.issuerDn)], revoked: new Map() };
  }
  const entryFor = crlEntryLookup(parsed);
  const findings: Finding[] = [];
  const revoked = new Map<string, boolean>();
  if (options.now !== undefined && parsed.nextUpdate !== null && options.now > parsed.nextUpdate) findings.push(crlFindings.outdated(parsed.nextUpdate));
  for (const summary of certificates) {
    if (!isIssuedByCrlIssuer(parsed, summary.issuerDn)) continue;
    const entry = entryFor(summary.serialHex);
    revoked.set(summary.sha256, entry !== undefined);
    findings.push(
      entry
        ? crlFindings.revoked(summary, entry.revokedAt, entry.reason === null ? NO_REASON_GIVEN : crlReasonLabel(entry.reason), parsed.thisUpdate)
        : crlFindings.notRevoked(summary, parsed.thisUpdate),
    );
  }
  return { issuerVerified: true, findings, revoked };
}
