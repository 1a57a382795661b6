import type { CertificateSummary } from '../../model/certificate-summary';
import { bundledEntries, isSelfIssued, makeEntry, type ChainSource, type PoolEntry } from './chain-pool';
import { findPath } from './find-path';
import { isLeafOwnFailure, type PathFailure } from './path-failure';
import { checkSignature, type SignatureOutcome } from './signature-check';
import type { ValidationProfile } from './validate-path';

export type { ChainSource } from './chain-pool';
export type { PathFailure, PathFailureCode } from './path-failure';
export { isLeafOwnFailure } from './path-failure';
export type { ValidationProfile } from './validate-path';

/** A certificate's place in a chain. */
export type ChainRole = 'leaf' | 'intermediate' | 'root';

/**
 * How one link stands: its own validity, whether its signature checked out, or (`failed`) another
 * validation rule it breaks (see the path's failures for which).
 */
export type ChainLinkStatus = 'ok' | 'expired' | 'not-yet-valid' | 'retired' | 'signature-invalid' | 'unsupported-algorithm' | 'failed';

/** One certificate of a built chain, leaf first. */
export interface ChainLink {
  readonly der: Uint8Array;
  readonly summary: CertificateSummary;
  readonly role: ChainRole;
  readonly source: ChainSource;
  /** The bundled CA's id when the link came from the app's bundle. */
  readonly bundledId: string | null;
  /** True when this certificate's signature verified with the next link's key (a trust anchor: its own key); false when it did not; null when there was no issuer to check with or its algorithm is unsupported. */
  readonly signatureValid: boolean | null;
  readonly status: ChainLinkStatus;
}

/** One certificate of the server's own chain file, in file order. */
export interface PresentedCertificate {
  readonly sha256: string;
  readonly subjectDn: string;
  readonly selfIssued: boolean;
}

/**
 * A built and validated path (RFC 5280 §6): the links from the leaf up to a trust anchor (or as far
 * as they went), whether it reached an anchor with every signature verified (`complete`), whether
 * it also passes every validation rule (`valid`), each failure with the certificate it concerns,
 * the issuer that could not be found, and what the server's own file held.
 */
export interface ChainPath {
  /** False when the leaf itself could not be decoded (then there are no links). */
  readonly leafReadable: boolean;
  readonly links: ChainLink[];
  /** True when the path reached a trust anchor and every signature verified. */
  readonly complete: boolean;
  /** True when the path is complete and breaks no validation rule (the failures are empty). */
  readonly valid: boolean;
  /** The trust anchor the path ends at (the last link), or null when it reached none. */
  readonly anchor: ChainLink | null;
  /** Every rule the path breaks, leaf first; empty for a valid path. */
  readonly failures: readonly PathFailure[];
  /** The issuer DN that could not be found, or null. */
  readonly missingIssuer: string | null;
  readonly leafSelfIssued: boolean;
  /** The server file's certificates in file order, or null when no server file was given. */
  readonly presented: readonly PresentedCertificate[] | null;
}

/** The validator's answer in the terms of RFC 5280 §6 (for revocation checking over the path): certificates leaf → anchor, the anchor, the failures. */
export type ValidatedPath = Pick<ChainPath, 'links' | 'anchor' | 'failures' | 'valid'>;

/**
 * What buildChainPath needs: the user's CA files, the certificates the server's file held (in file
 * order), the time to judge validity at, and the leaf's profile (default: `ca` for a CA
 * certificate, someone inspecting a CA file; `server` for any other).
 */
export interface ChainOptions {
  readonly extraCas?: readonly Uint8Array[];
  readonly presented?: readonly Uint8Array[];
  readonly now: number;
  readonly profile?: ValidationProfile;
}

const SOURCE_RANK: Readonly<Record<ChainSource, number>> = { leaf: 0, presented: 1, user: 2, bundled: 3 };

/**
 * Ranks candidate issuers: currently valid first; then not self-signed (so a cross certificate such
 * as SECOM TLS RSA Root CA 2024 by RootCA2 is kept, which old clients need); then presented, user,
 * bundled. Backtracking (find-path) still tries every candidate when the first leads nowhere.
 */
function rank(now: number) {
  const score = (entry: PoolEntry): number[] => [
    entry.summary.notBefore <= now && now <= entry.summary.notAfter ? 0 : 1,
    isSelfIssued(entry) ? 1 : 0,
    SOURCE_RANK[entry.source],
  ];
  return (a: PoolEntry, b: PoolEntry): number => {
    const [x, y] = [score(a), score(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  };
}

const isEntry = (entry: PoolEntry | null): entry is PoolEntry => entry !== null;

/**
 * The trust anchors, by SHA-256 (the trust contract, README "Path validation"): every bundled root,
 * and every certificate the user gave that is self-signed (its own name and key sign it); the
 * user's other certificates are untrusted intermediates, and nothing in the server's file is trusted.
 */
async function trustAnchors(user: readonly PoolEntry[], bundled: readonly PoolEntry[]): Promise<Set<string>> {
  const anchors = new Set(bundled.filter(isSelfIssued).map((entry) => entry.summary.sha256));
  for (const entry of user) {
    if (isSelfIssued(entry) && (await checkSignature(entry, entry)) === 'valid') anchors.add(entry.summary.sha256);
  }
  return anchors;
}

/** Every certificate available (deduplicated by SHA-256, the first source winning), the anchors, and the presented file's certificates in file order. */
async function makePool(leaf: PoolEntry, options: ChainOptions): Promise<{ pool: PoolEntry[]; anchors: Set<string>; presented: PresentedCertificate[] }> {
  const pool = new Map<string, PoolEntry>([[leaf.summary.sha256, leaf]]);
  const add = (entry: PoolEntry) => {
    if (!pool.has(entry.summary.sha256)) pool.set(entry.summary.sha256, entry);
  };
  const presented = (await Promise.all((options.presented ?? []).map((der, index) => makeEntry(der, 'presented', index)))).filter(isEntry);
  const user = (await Promise.all((options.extraCas ?? []).map((der) => makeEntry(der, 'user')))).filter(isEntry);
  const bundled = await bundledEntries();
  [...presented, ...user, ...bundled].forEach(add);
  const presentedList = presented.map((entry) => ({ sha256: entry.summary.sha256, subjectDn: entry.summary.subjectDn, selfIssued: isSelfIssued(entry) }));
  return { pool: [...pool.values()], anchors: await trustAnchors(user, bundled), presented: presentedList };
}

const SIGNATURE: Readonly<Record<SignatureOutcome, boolean | null>> = { valid: true, invalid: false, unsupported: null };

function statusOf(index: number, failures: readonly PathFailure[]): ChainLinkStatus {
  const codes = new Set(failures.filter((failure) => failure.index === index).map((failure) => failure.code));
  if (codes.has('signature-invalid')) return 'signature-invalid';
  if (codes.has('unsupported-algorithm')) return 'unsupported-algorithm';
  if (codes.has('expired')) return 'expired';
  if (codes.has('not-yet-valid')) return 'not-yet-valid';
  if (codes.has('retired-intermediate')) return 'retired';
  return codes.size > 0 ? 'failed' : 'ok';
}

/**
 * Builds and validates the certification path of a leaf offline (RFC 5280 §6, without policy
 * processing): through the server's own chain file, the user's CA files and the bundled NII/SECOM
 * CAs, with backtracking over every candidate issuer, up to a trust anchor. No network is ever used
 * (no AIA fetching). Never throws.
 */
export async function buildChainPath(leafDer: Uint8Array, options: ChainOptions): Promise<ChainPath> {
  const leaf = await makeEntry(leafDer, 'leaf');
  if (!leaf) return { leafReadable: false, links: [], complete: false, valid: false, anchor: null, failures: [], missingIssuer: null, leafSelfIssued: false, presented: null };
  const { pool, anchors, presented } = await makePool(leaf, options);
  const profile = options.profile ?? (leaf.summary.isCa ? 'ca' : 'server');
  const search = await findPath(leaf, pool, { now: options.now, profile, anchors, rank: rank(options.now) });
  const last = search.path.length - 1;
  const top = search.path[last]!;
  const rejectedTop = last > 0 && search.outcomes[last - 1] !== 'valid';
  // A path that ends at a self-signed certificate nobody trusts (e.g. a root only the server's file holds).
  const untrusted: PathFailure[] =
    !search.anchored && last > 0 && !rejectedTop && isSelfIssued(top) ? [{ code: 'untrusted-root', index: last, sha256: top.summary.sha256, subjectDn: top.summary.subjectDn, detail: null }] : [];
  const failures = [...search.failures, ...untrusted];
  // A trust anchor's own signature is not part of validation (RFC 5280 §6.1.1 (d)); it is shown when it verifies.
  const anchorSignature = search.anchored && (await checkSignature(top, top)) === 'valid' ? true : null;
  const links: ChainLink[] = search.path.map((entry, index) => ({
    der: entry.der,
    summary: entry.summary,
    role: index === 0 ? 'leaf' : index === last && isSelfIssued(entry) ? 'root' : 'intermediate',
    source: entry.source,
    bundledId: entry.bundledId,
    signatureValid: index < search.outcomes.length ? SIGNATURE[search.outcomes[index]!] : search.anchored ? anchorSignature : null,
    status: statusOf(index, failures),
  }));
  const complete = search.anchored && search.outcomes.every((outcome) => outcome === 'valid');
  const stoppedShort = !search.anchored && !rejectedTop && !isSelfIssued(top);
  return {
    leafReadable: true,
    links,
    complete,
    valid: complete && failures.length === 0,
    anchor: search.anchored ? links[last]! : null,
    failures,
    missingIssuer: stoppedShort ? top.summary.issuerDn : null,
    leafSelfIssued: isSelfIssued(leaf),
    presented: options.presented ? presented : null,
  };
}

/**
 * True when chain files may be written for this path: it reaches a trust anchor and breaks no rule
 * except the leaf's own dates, key or EKU (which the certificate's own checks report, and which do
 * not change which CA certificates belong in the file).
 */
export function isExportablePath(path: Pick<ChainPath, 'complete' | 'failures'>): boolean {
  return path.complete && path.failures.every(isLeafOwnFailure);
}
