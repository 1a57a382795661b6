import { isIssuerCandidate, isSelfIssued, type PoolEntry } from './chain-pool';
import type { PathFailure } from './path-failure';
import { checkSignature, type SignatureOutcome } from './signature-check';
import { validatePath, type ValidationProfile } from './validate-path';

/** The most certificates a path may hold, leaf and anchor included (real web PKI paths hold 3–5). */
export const MAX_PATH_LENGTH = 8;
/** The most signature checks one search may make; past it the search stops with the best path so far (RFC 4158 §5: bound the work). */
export const MAX_SIGNATURE_CHECKS = 256;

/** One path the search tried: the certificates from the leaf up, each one's signature under the next, and whether it ends at a trust anchor. */
export interface PathAttempt {
  readonly path: readonly PoolEntry[];
  /** outcomes[i]: path[i]'s signature checked with path[i + 1]'s key (one fewer than path). */
  readonly outcomes: readonly SignatureOutcome[];
  readonly anchored: boolean;
  /** The validation failures of the path (empty for a valid path). */
  readonly failures: readonly PathFailure[];
}

/** The search's answer: the first valid path, else the most telling failed one; and the signature checks it cost. */
export interface PathSearch extends PathAttempt {
  readonly signatureChecks: number;
}

/** What the search needs: the time to judge at, the leaf's profile, which certificates (by SHA-256) are trust anchors, and how candidates are ordered. */
export interface PathSearchOptions {
  readonly now: number;
  readonly profile: ValidationProfile;
  readonly anchors: ReadonlySet<string>;
  readonly rank: (a: PoolEntry, b: PoolEntry) => number;
}

const spkiKeys = new WeakMap<PoolEntry, string>();

/** Subject and public key: two certificates with both equal are the same CA, so a path never holds both (RFC 4158 §5.2 loop detection). */
function caIdentity(entry: PoolEntry): string {
  let key = spkiKeys.get(entry);
  if (key === undefined) {
    try {
      key = `${entry.subjectKey}|${Array.from(new Uint8Array(entry.certificate.publicKey.rawData), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
    } catch {
      // A public key the library cannot read: the certificate alone is its identity.
      key = `${entry.subjectKey}|${entry.summary.sha256}`;
    }
    spkiKeys.set(entry, key);
  }
  return key;
}

/** A complete path beats an incomplete one; complete paths: fewer failures; incomplete ones: the one that got further (it names the real obstacle). */
function isBetter(candidate: PathAttempt, best: PathAttempt | null): boolean {
  if (!best) return true;
  if (candidate.anchored !== best.anchored) return candidate.anchored;
  if (!candidate.anchored && candidate.path.length !== best.path.length) return candidate.path.length > best.path.length;
  return candidate.failures.length < best.failures.length;
}

function signatureFailures(path: readonly PoolEntry[], outcomes: readonly SignatureOutcome[]): PathFailure[] {
  return outcomes.flatMap((outcome, index) => {
    if (outcome === 'valid') return [];
    const entry = path[index]!;
    return [{ code: outcome === 'invalid' ? 'signature-invalid' : 'unsupported-algorithm', index, sha256: entry.summary.sha256, subjectDn: entry.summary.subjectDn, detail: null } as const];
  });
}

/**
 * Builds and validates certification paths from the leaf by depth-first search with backtracking
 * (RFC 4158): every candidate issuer whose name and, where both exist, key identifiers match is
 * tried in rank order, and a path that fails validation is abandoned for the next candidate, so one
 * dead end (an expired cross certificate, an issuer whose name constraints forbid the leaf) never
 * hides a valid path. Loop-safe (no CA twice by subject and key), bounded by MAX_PATH_LENGTH and
 * MAX_SIGNATURE_CHECKS. Never throws.
 */
export async function findPath(leaf: PoolEntry, pool: readonly PoolEntry[], options: PathSearchOptions): Promise<PathSearch> {
  const outcomesCache = new Map<string, SignatureOutcome>();
  let checks = 0;
  let best: PathAttempt | null = null;
  const attempt = (path: readonly PoolEntry[], outcomes: readonly SignatureOutcome[], anchored: boolean): PathAttempt => {
    const full = outcomes.length === path.length - 1 ? path : path.slice(0, outcomes.length + 1);
    return { path, outcomes, anchored, failures: [...signatureFailures(path, outcomes), ...validatePath(full, options.now, options.profile)] };
  };
  const consider = (candidate: PathAttempt) => {
    if (isBetter(candidate, best)) best = candidate;
  };
  const verify = async (child: PoolEntry, parent: PoolEntry): Promise<SignatureOutcome> => {
    const key = `${child.summary.sha256}>${parent.summary.sha256}`;
    let outcome = outcomesCache.get(key);
    if (outcome === undefined) {
      checks++;
      outcome = await checkSignature(child, parent);
      outcomesCache.set(key, outcome);
    }
    return outcome;
  };

  const extend = async (path: PoolEntry[], outcomes: SignatureOutcome[]): Promise<boolean> => {
    const current = path[path.length - 1]!;
    if (options.anchors.has(current.summary.sha256)) {
      const complete = attempt(path, outcomes, true);
      consider(complete);
      return complete.failures.length === 0;
    }
    if (path.length >= MAX_PATH_LENGTH || isSelfIssued(current)) {
      consider(attempt(path, outcomes, false));
      return false;
    }
    const onPath = new Set(path.map(caIdentity));
    // Names and key identifiers first: a certificate's identity reads its key, which parses a bundled CA that is no candidate at all.
    const candidates = pool.filter((entry) => isIssuerCandidate(current, entry) && !onPath.has(caIdentity(entry))).sort(options.rank);
    let extended = false;
    for (const candidate of candidates) {
      if (checks >= MAX_SIGNATURE_CHECKS) break;
      const outcome = await verify(current, candidate);
      if (outcome !== 'valid') {
        // Kept only to say why the path stops here: the candidate's signature cannot be trusted.
        consider(attempt([...path, candidate], [...outcomes, outcome], false));
        continue;
      }
      extended = true;
      if (await extend([...path, candidate], [...outcomes, outcome])) return true;
    }
    if (!extended) consider(attempt(path, outcomes, false));
    return false;
  };

  await extend([leaf], []);
  const found = best ?? attempt([leaf], [], false);
  return { ...found, signatureChecks: checks };
}
