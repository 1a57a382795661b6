import type { CertificateSummary } from '../../model/certificate-summary';
import { isRetiredIntermediate } from '../cas/known-cas';
import { bundledEntries, isIssuerCandidate, isSelfIssued, makeEntry, verifiesWith, type ChainSource, type PoolEntry } from './chain-pool';

export type { ChainSource } from './chain-pool';

/** A certificate's place in a chain. */
export type ChainRole = 'leaf' | 'intermediate' | 'root';

/** How one link stands: its own validity and whether its signature checked out. */
export type ChainLinkStatus = 'ok' | 'expired' | 'not-yet-valid' | 'retired' | 'signature-invalid';

/** One certificate of a built chain, leaf first. */
export interface ChainLink {
  readonly der: Uint8Array;
  readonly summary: CertificateSummary;
  readonly role: ChainRole;
  readonly source: ChainSource;
  /** The bundled CA's id when the link came from the app's bundle. */
  readonly bundledId: string | null;
  /** True when this certificate's signature verified with the next link's key (a root: its own key); null when its issuer was not found. */
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
 * A built path: the links from the leaf up, whether it reached a self-signed root with every
 * signature verified, the issuer that could not be found, and what the server's own file held.
 */
export interface ChainPath {
  /** False when the leaf itself could not be decoded (then there are no links). */
  readonly leafReadable: boolean;
  readonly links: ChainLink[];
  /** True when the path reached a self-signed root and every signature verified. */
  readonly complete: boolean;
  /** The issuer DN that could not be found, or null. */
  readonly missingIssuer: string | null;
  readonly leafSelfIssued: boolean;
  /** The server file's certificates in file order, or null when no server file was given. */
  readonly presented: readonly PresentedCertificate[] | null;
}

/** What buildChainPath needs: the user's CA files, the certificates the server's file held (in file order), and the time to judge validity at. */
export interface ChainOptions {
  readonly extraCas?: readonly Uint8Array[];
  readonly presented?: readonly Uint8Array[];
  readonly now: number;
}

const MAX_DEPTH = 8;
const SOURCE_RANK: Readonly<Record<ChainSource, number>> = { leaf: 0, presented: 1, user: 2, bundled: 3 };

/**
 * Ranks candidate issuers: currently valid first; then not self-signed (so a cross certificate such
 * as SECOM TLS RSA Root CA 2024 by RootCA2 is kept, which old clients need); then presented, user,
 * bundled.
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

/** Every certificate available (deduplicated by SHA-256, the first source winning) and the presented file's SHA-256s in file order. */
async function makePool(leaf: PoolEntry, options: ChainOptions): Promise<{ pool: PoolEntry[]; presented: PresentedCertificate[] }> {
  const pool = new Map<string, PoolEntry>([[leaf.summary.sha256, leaf]]);
  const add = (entry: PoolEntry | null) => {
    if (entry && !pool.has(entry.summary.sha256)) pool.set(entry.summary.sha256, entry);
  };
  const presented = await Promise.all((options.presented ?? []).map((der, index) => makeEntry(der, 'presented', index)));
  presented.forEach(add);
  (await Promise.all((options.extraCas ?? []).map((der) => makeEntry(der, 'user')))).forEach(add);
  (await bundledEntries()).forEach(add);
  const presentedList = presented.map((entry) => (entry ? { sha256: entry.summary.sha256, subjectDn: entry.summary.subjectDn, selfIssued: isSelfIssued(entry) } : null));
  return { pool: [...pool.values()], presented: presentedList.filter((entry): entry is PresentedCertificate => entry !== null) };
}

function statusOf(entry: PoolEntry, role: ChainRole, signatureValid: boolean | null, now: number): ChainLinkStatus {
  if (signatureValid === false) return 'signature-invalid';
  if (now > entry.summary.notAfter) return 'expired';
  if (now < entry.summary.notBefore) return 'not-yet-valid';
  if (role === 'intermediate' && isRetiredIntermediate(entry.summary.subjectDn)) return 'retired';
  return 'ok';
}

/**
 * Builds the certification path of a leaf offline (RFC 5280 §6 path building, without policy
 * checks): through the server's own chain file, the user's CA files and the bundled NII/SECOM
 * CAs, linking by AKI/SKI or, failing that, by normalised issuer name, verifying every signature,
 * up to a self-signed root. No network is ever used (no AIA fetching). Never throws.
 */
export async function buildChainPath(leafDer: Uint8Array, options: ChainOptions): Promise<ChainPath> {
  const leaf = await makeEntry(leafDer, 'leaf');
  if (!leaf) return { leafReadable: false, links: [], complete: false, missingIssuer: null, leafSelfIssued: false, presented: null };
  const { pool, presented } = await makePool(leaf, options);
  const path: { entry: PoolEntry; signatureValid: boolean | null }[] = [];
  let current = leaf;
  let missingIssuer: string | null = null;
  for (let depth = 0; depth < MAX_DEPTH; depth++) {
    if (isSelfIssued(current)) {
      path.push({ entry: current, signatureValid: await verifiesWith(current, current) });
      break;
    }
    const used = new Set(path.map((step) => step.entry.summary.sha256).concat(current.summary.sha256));
    const candidates = pool.filter((entry) => !used.has(entry.summary.sha256) && isIssuerCandidate(current, entry)).sort(rank(options.now));
    let issuer: PoolEntry | null = null;
    for (const candidate of candidates) {
      if (await verifiesWith(current, candidate)) {
        issuer = candidate;
        break;
      }
    }
    if (!issuer && candidates[0]) {
      path.push({ entry: current, signatureValid: false });
      current = candidates[0];
      continue;
    }
    path.push({ entry: current, signatureValid: issuer ? true : null });
    if (!issuer) {
      missingIssuer = current.summary.issuerDn;
      break;
    }
    current = issuer;
  }
  const last = path.length - 1;
  const links: ChainLink[] = path.map(({ entry, signatureValid }, index) => {
    const role: ChainRole = index === 0 ? 'leaf' : index === last && missingIssuer === null && isSelfIssued(entry) ? 'root' : 'intermediate';
    return {
      der: entry.der,
      summary: entry.summary,
      role,
      source: entry.source,
      bundledId: entry.bundledId,
      signatureValid,
      status: statusOf(entry, role, signatureValid, options.now),
    };
  });
  const reachedRoot = links.length > 0 && links[last]!.role === 'root';
  const complete = reachedRoot && links.every((link) => link.signatureValid === true);
  return { leafReadable: true, links, complete, missingIssuer, leafSelfIssued: isSelfIssued(leaf), presented: options.presented ? presented : null };
}
