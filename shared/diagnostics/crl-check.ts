import type { Finding } from '../model/finding';
import { err, ok, type Result } from '../model/result';
import { readCrl, type ParsedCrl } from '../pki/crl/read-crl';
import { checkPathRevocation, type CrlProblem, type NamedCrl } from '../pki/crl/path-revocation';
import { readRevocationSubject } from '../pki/crl/revocation-subject';
import { verifySignedData } from '../pki/crl/verify-signed-data';
import { crlFindings } from './crl-findings';
import { pathRevocationFindings } from './path-revocation-findings';

export type { ParsedCrl } from '../pki/crl/read-crl';

/** Reads a CRL file (DER or PEM, any number of entries), or the `crl-unreadable` finding. Never throws. */
export function loadCrl(bytes: Uint8Array): Result<ParsedCrl, Finding> {
  const read = readCrl(bytes);
  return read.ok ? ok(read.value) : err(crlFindings.unreadable());
}

/** A CRL file judged on its own: whether a known CA may have issued it, and the file-level findings. */
export interface CrlJudgement {
  /** True when a known CA's key verifies it, that CA may sign CRLs and the CRL has no unknown critical extension. */
  readonly usable: boolean;
  readonly findings: Finding[];
}

/**
 * Judges a CRL against the CAs that may have issued it (`candidates`, DER): `crl-not-usable` for an
 * unknown critical extension (RFC 5280 §5.2), `crl-issuer-unknown` when no candidate has its issuer's
 * name, `crl-signature-invalid` when none verifies it, `crl-not-usable` when the one that does may not
 * sign CRLs or is outside its validity at `now`, or its algorithm is unsupported; then `crl-outdated`
 * past nextUpdate and `crl-delta` for a delta CRL. Never throws.
 */
export async function judgeCrl(parsed: ParsedCrl, candidates: readonly Uint8Array[], now?: number): Promise<CrlJudgement> {
  const notes: Finding[] = [];
  if (now !== undefined && parsed.nextUpdate !== null && now > parsed.nextUpdate) notes.push(crlFindings.outdated(parsed.nextUpdate));
  if (parsed.deltaBase !== null) notes.push(crlFindings.delta(parsed.deltaBase));
  if (parsed.unknownCritical.length > 0) return { usable: false, findings: [crlFindings.notUsable(parsed.issuerDn, 'unknown-critical-extension'), ...notes] };
  let problem: CrlProblem | null = null;
  let sawNamesake = false;
  for (const der of candidates) {
    const subject = await readRevocationSubject(der);
    if (!subject || subject.subjectKey !== parsed.issuerKey) continue;
    sawNamesake = true;
    const signature = parsed.signed.algorithmsAgree ? await verifySignedData(parsed.signed.tbs, parsed.signed.algorithm, parsed.signed.signature, subject.certificate) : 'bad-signature';
    if (signature !== 'verified') {
      if (signature === 'unsupported-algorithm') problem ??= 'algorithm-unsupported';
      continue;
    }
    if (!subject.mayCrlSign) problem = 'signer-not-crl-signer';
    else if (now !== undefined && (now < subject.summary.notBefore || now > subject.summary.notAfter)) problem = 'signer-not-valid';
    else return { usable: true, findings: notes };
  }
  if (!sawNamesake) return { usable: false, findings: [crlFindings.issuerUnknown(parsed.issuerDn), ...notes] };
  if (problem === null) return { usable: false, findings: [crlFindings.signatureInvalid(parsed.issuerDn), ...notes] };
  return { usable: false, findings: [crlFindings.notUsable(parsed.issuerDn, problem), ...notes] };
}

/** The outcome of checking certificates against one CRL: whether it was usable, and one finding per certificate it covers. */
export interface CrlCheck {
  readonly issuerVerified: boolean;
  readonly findings: Finding[];
  /** SHA-256 (of each certificate checked) → revoked or not. Certificates the CRL does not cover are absent. */
  readonly revoked: ReadonlyMap<string, boolean>;
}

/**
 * Checks certificates (DER), each on its own, against one offline CRL (RFC 5280 §5, §6.3): the CRL's
 * judgement (judgeCrl) first; when usable, each certificate it covers gets `revoked-by-crl` (error:
 * date, reason, "as of" thisUpdate), `not-revoked-by-crl` (ok) or `revocation-not-checked` (info, e.g.
 * a delta CRL without its base). Certificates of other CAs are left out. Never throws.
 */
export async function checkCrl(parsed: ParsedCrl, issuerCandidates: readonly Uint8Array[], certificates: readonly Uint8Array[], options: { now?: number; name?: string } = {}): Promise<CrlCheck> {
  const judgement = await judgeCrl(parsed, issuerCandidates, options.now);
  if (!judgement.usable) return { issuerVerified: false, findings: judgement.findings, revoked: new Map() };
  const named: NamedCrl = { name: options.name ?? parsed.issuerDn, crl: parsed };
  const findings = [...judgement.findings];
  const revoked = new Map<string, boolean>();
  for (const der of certificates) {
    const [result] = await checkPathRevocation([der], [named], options.now ?? parsed.thisUpdate, { pool: issuerCandidates });
    if (!result || !result.subject || (result.status.kind === 'not-checked' && (result.status.why.code === 'no-crl' || result.status.why.code === 'trust-anchor'))) continue;
    if (result.status.kind !== 'not-checked') revoked.set(result.subject.summary.sha256, result.status.kind === 'revoked');
    findings.push(...pathRevocationFindings([result]));
  }
  return { issuerVerified: true, findings, revoked };
}
