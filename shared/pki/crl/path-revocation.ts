import { ALL_REASONS } from './crl-extensions';
import { crlScope } from './crl-scope';
import type { CrlEntry, ParsedCrl } from './read-crl';
import { readRevocationSubject, type RevocationSubject } from './revocation-subject';
import { verifySignedData, type SignatureCheck } from './verify-signed-data';

/** A CRL as the user gave it: its file name (for messages) and its content. */
export interface NamedCrl {
  readonly name: string;
  readonly crl: ParsedCrl;
}

/** Why a CRL that covers a certificate cannot be used for it (RFC 5280 §5.2, §5.3, §6.3.3 (f)). */
export type CrlProblem =
  | 'signer-unknown'
  | 'signature-invalid'
  | 'algorithm-unsupported'
  | 'signer-not-crl-signer'
  | 'signer-not-valid'
  | 'signer-not-on-path'
  | 'signer-revoked'
  | 'signer-status-unknown'
  | 'unknown-critical-extension';

/** Why revocation was not checked for a certificate. */
export type NotChecked =
  | { readonly code: 'trust-anchor' }
  | { readonly code: 'no-crl' }
  | { readonly code: 'unreadable-certificate' }
  | { readonly code: 'crl-unusable'; readonly problems: readonly { readonly crl: NamedCrl; readonly problem: CrlProblem }[] }
  | { readonly code: 'delta-without-base'; readonly crl: NamedCrl }
  | { readonly code: 'some-reasons-only'; readonly crls: readonly NamedCrl[] };

/** What the CRLs say about one certificate at the chosen time. */
export type RevocationStatus =
  | { readonly kind: 'revoked'; readonly revokedAt: number; readonly reason: number | null; readonly crl: NamedCrl }
  | { readonly kind: 'good'; readonly crls: readonly NamedCrl[]; readonly outdated: boolean }
  | { readonly kind: 'not-checked'; readonly why: NotChecked };

/** A certificate's place on the path. */
export type PathPosition = 'leaf' | 'intermediate' | 'root';

/** One certificate of the path with its revocation status. */
export interface CertificateRevocation {
  readonly der: Uint8Array;
  readonly subject: RevocationSubject | null;
  readonly position: PathPosition;
  readonly status: RevocationStatus;
}

/** CRLReason removeFromCRL (RFC 5280 §5.3.1): the entry un-lists a certificate that was on hold; it is no revocation. */
const REMOVE_FROM_CRL = 8;
/** How deep a CRL signer's own revocation is followed (the signer's signer, and so on). */
const MAX_SIGNER_DEPTH = 2;

interface Context {
  readonly crls: readonly NamedCrl[];
  readonly at: number;
  readonly path: readonly RevocationSubject[];
  readonly pool: readonly RevocationSubject[];
  readonly verified: Map<string, Promise<boolean>>;
  readonly crlVerified: Map<ParsedCrl, Map<string, Promise<SignatureCheck>>>;
}

type SignerCheck = { readonly ok: true } | { readonly ok: false; readonly problem: CrlProblem };

const isSelfIssued = (subject: RevocationSubject): boolean => subject.subjectKey === subject.issuerKey;

/** Whether `crl`'s signature verifies with `signer`'s key (memoised per CRL and key holder: a path asks once per certificate). */
function crlVerifiesWith(context: Context, crl: NamedCrl, signer: RevocationSubject): Promise<SignatureCheck> {
  let bySigner = context.crlVerified.get(crl.crl);
  if (!bySigner) {
    bySigner = new Map();
    context.crlVerified.set(crl.crl, bySigner);
  }
  let pending = bySigner.get(signer.summary.sha256);
  if (!pending) {
    pending = verifySignedData(crl.crl.signed.tbs, crl.crl.signed.algorithm, crl.crl.signed.signature, signer.certificate);
    bySigner.set(signer.summary.sha256, pending);
  }
  return pending;
}

/** True when `child`'s certificate signature verifies with `parent`'s key. */
function certificateVerifiesWith(context: Context, child: RevocationSubject, parent: RevocationSubject): Promise<boolean> {
  const key = `${child.summary.sha256}>${parent.summary.sha256}`;
  let pending = context.verified.get(key);
  if (!pending) {
    pending = child.certificate.verify({ publicKey: parent.certificate.publicKey, signatureOnly: true }).catch(() => false);
    context.verified.set(key, pending);
  }
  return pending;
}

/**
 * Finds who signed `crl` and whether it may (RFC 5280 §6.3.3 (f)): a certificate with the CRL
 * issuer's name whose key verifies the CRL, with cRLSign when it has keyUsage, valid at the time,
 * and either on the path itself, issued by a certificate of the path and not itself revoked, or
 * (when the path stops below `issuer`) the certificate's issuer as the user gave it.
 */
async function checkSigner(context: Context, crl: NamedCrl, subject: RevocationSubject, issuer: RevocationSubject | null, depth: number): Promise<SignerCheck> {
  if (!crl.crl.signed.algorithmsAgree) return { ok: false, problem: 'signature-invalid' };
  const seen = new Set<string>();
  const candidates = [...(issuer ? [issuer] : []), ...context.path, ...context.pool].filter((candidate) => {
    if (candidate.subjectKey !== crl.crl.issuerKey || seen.has(candidate.summary.sha256)) return false;
    seen.add(candidate.summary.sha256);
    return true;
  });
  let problem: CrlProblem | null = null;
  // A namesake whose key does not verify the CRL says less than one whose key does but may not sign it.
  const keep = (found: CrlProblem) => {
    const weak = (candidate: CrlProblem | null) => candidate === null || candidate === 'signature-invalid' || candidate === 'algorithm-unsupported';
    if (weak(problem) && (problem === null || !weak(found))) problem = found;
  };
  for (const candidate of candidates) {
    const signature = await crlVerifiesWith(context, crl, candidate);
    if (signature !== 'verified') {
      keep(signature === 'unsupported-algorithm' ? 'algorithm-unsupported' : 'signature-invalid');
      continue;
    }
    if (!candidate.mayCrlSign) {
      keep('signer-not-crl-signer');
      continue;
    }
    if (context.at < candidate.summary.notBefore || context.at > candidate.summary.notAfter) {
      keep('signer-not-valid');
      continue;
    }
    if (context.path.some((member) => member.summary.sha256 === candidate.summary.sha256)) return { ok: true };
    if (issuer === null && candidate.subjectKey === subject.issuerKey) return { ok: true };
    const parent = await findPathIssuer(context, candidate);
    if (!parent) {
      keep('signer-not-on-path');
      continue;
    }
    if (depth >= MAX_SIGNER_DEPTH) {
      keep('signer-status-unknown');
      continue;
    }
    // The signer's own status comes from the other CRLs: a CRL cannot vouch for the key that signed it.
    const others = { ...context, crls: context.crls.filter((other) => other !== crl) };
    const status = await statusOf(others, candidate, parent, depth + 1);
    if (status.kind === 'good') return { ok: true };
    keep(status.kind === 'revoked' ? 'signer-revoked' : 'signer-status-unknown');
  }
  return { ok: false, problem: problem ?? 'signer-unknown' };
}

/** The certificate of the path that issued `candidate` (name and signature), or null. */
async function findPathIssuer(context: Context, candidate: RevocationSubject): Promise<RevocationSubject | null> {
  for (const member of context.path) {
    if (member.subjectKey === candidate.issuerKey && (await certificateVerifiesWith(context, candidate, member))) return member;
  }
  return null;
}

/** True when two CRLs have the same scope (a delta applies only to a complete CRL of the same scope, RFC 5280 §5.2.4). */
function sameScope(a: ParsedCrl, b: ParsedCrl): boolean {
  return a.issuerKey === b.issuerKey && JSON.stringify(a.issuingDistributionPoint) === JSON.stringify(b.issuingDistributionPoint);
}

/** The newest delta CRL that updates `base` (RFC 5280 §5.2.4: BaseCRLNumber ≤ the base's CRLNumber < the delta's CRLNumber), or null. */
function deltaFor(base: NamedCrl, deltas: readonly NamedCrl[]): NamedCrl | null {
  const number = base.crl.number;
  if (number === null) return null;
  const fitting = deltas.filter(({ crl }) => sameScope(crl, base.crl) && crl.deltaBase !== null && crl.deltaBase <= number && (crl.number === null || crl.number > number));
  return fitting.sort((a, b) => b.crl.thisUpdate - a.crl.thisUpdate)[0] ?? null;
}

const revokedBy = (entry: CrlEntry, crl: NamedCrl): RevocationStatus => ({ kind: 'revoked', revokedAt: entry.revokedAt, reason: entry.reason, crl });

/**
 * The status of `subject` issued by `issuer` on the CRLs of `context` (RFC 5280 §6.3.3): every CRL
 * covering it whose signer checks out is read, a delta CRL together with the complete CRL it
 * updates; an entry revokes unless its reason is removeFromCRL. `good` only once the CRLs used cover
 * every reason; otherwise `not-checked`, saying why.
 */
async function statusOf(context: Context, subject: RevocationSubject, issuer: RevocationSubject | null, depth: number): Promise<RevocationStatus> {
  const complete: { crl: NamedCrl; reasons: number }[] = [];
  const deltas: NamedCrl[] = [];
  const problems: { crl: NamedCrl; problem: CrlProblem }[] = [];
  for (const named of context.crls) {
    const scope = crlScope(named.crl, subject);
    if (!scope.covered || scope.reasons === 0) continue;
    if (named.crl.unknownCritical.length > 0) {
      problems.push({ crl: named, problem: 'unknown-critical-extension' });
      continue;
    }
    const signer = await checkSigner(context, named, subject, issuer, depth);
    if (!signer.ok) {
      problems.push({ crl: named, problem: signer.problem });
      continue;
    }
    if (named.crl.deltaBase !== null) deltas.push(named);
    else complete.push({ crl: named, reasons: scope.reasons });
  }
  let reasons = 0;
  const used: NamedCrl[] = [];
  let outdated = false;
  complete.sort((a, b) => b.crl.crl.thisUpdate - a.crl.crl.thisUpdate);
  for (const { crl, reasons: covered } of complete) {
    const delta = deltaFor(crl, deltas);
    const fromDelta = delta?.crl.entryFor(subject.issuerKey, subject.serialKey);
    if (fromDelta && delta) {
      if (fromDelta.reason !== REMOVE_FROM_CRL) return revokedBy(fromDelta, delta);
    } else {
      const fromBase = crl.crl.entryFor(subject.issuerKey, subject.serialKey);
      if (fromBase && fromBase.reason !== REMOVE_FROM_CRL) return revokedBy(fromBase, crl);
    }
    reasons |= covered;
    used.push(...(delta ? [crl, delta] : [crl]));
    const newest = delta ?? crl;
    if (newest.crl.nextUpdate !== null && context.at > newest.crl.nextUpdate) outdated = true;
  }
  if (reasons === ALL_REASONS) return { kind: 'good', crls: used, outdated };
  // A delta alone is no complete list: it can say "revoked", never "not revoked" (RFC 5280 §5.2.4).
  for (const delta of deltas) {
    const entry = delta.crl.entryFor(subject.issuerKey, subject.serialKey);
    if (entry && entry.reason !== REMOVE_FROM_CRL) return revokedBy(entry, delta);
  }
  if (used.length > 0) return { kind: 'not-checked', why: { code: 'some-reasons-only', crls: used } };
  if (deltas[0] && complete.length === 0) return { kind: 'not-checked', why: { code: 'delta-without-base', crl: deltas[0] } };
  if (problems.length > 0) return { kind: 'not-checked', why: { code: 'crl-unusable', problems } };
  return { kind: 'not-checked', why: { code: 'no-crl' } };
}

/**
 * The revocation status of every certificate of a path (DER, leaf first, up to its root) on the
 * given CRLs at instant `at` (epoch ms): each CRL applies to every certificate it covers, so a
 * revoked intermediate is found as surely as a revoked leaf. The self-issued certificate at the top
 * is a trust anchor and is not checked (RFC 5280 §6.1). `pool` holds further certificates that may
 * have signed a CRL (bundled and user CAs). What is and is not checked: docs/revocation.md. Never throws.
 */
export async function checkPathRevocation(path: readonly Uint8Array[], crls: readonly NamedCrl[], at: number, options: { readonly pool?: readonly Uint8Array[] } = {}): Promise<CertificateRevocation[]> {
  const subjects = await Promise.all(path.map((der) => readRevocationSubject(der)));
  // The pool serves only to find a CRL's signer: without a CRL there is nothing to read it for.
  const candidates = crls.length === 0 ? [] : (options.pool ?? []);
  const pool = (await Promise.all(candidates.map((der) => readRevocationSubject(der)))).filter((subject): subject is RevocationSubject => subject !== null);
  const context: Context = { crls, at, path: subjects.filter((subject): subject is RevocationSubject => subject !== null), pool, verified: new Map(), crlVerified: new Map() };
  const last = path.length - 1;
  const results: CertificateRevocation[] = [];
  for (let index = 0; index < path.length; index++) {
    const subject = subjects[index] ?? null;
    // A CA certificate checked on its own (an intermediate beside the server certificate in a file) is no server certificate.
    const isTop = index === last && subject !== null && isSelfIssued(subject);
    const position: PathPosition = isTop && (index > 0 || subject.summary.isCa) ? 'root' : index === 0 && !subject?.summary.isCa ? 'leaf' : 'intermediate';
    let status: RevocationStatus;
    if (subject === null) status = { kind: 'not-checked', why: { code: 'unreadable-certificate' } };
    else if (isTop) status = { kind: 'not-checked', why: { code: 'trust-anchor' } };
    else status = await statusOf(context, subject, subjects[index + 1] ?? null, 0);
    results.push({ der: path[index]!, subject, position, status });
  }
  return results;
}
