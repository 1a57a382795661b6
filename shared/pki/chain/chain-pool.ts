import { x509 } from '../x509-library';
import type { CertificateSummary } from '../../model/certificate-summary';
import { summarizeCertificate } from '../certificate/summarize-certificate';
import { certificateExtensions, plainDerExtensions, type CertificateExtension } from '../certificate/certificate-extensions';
import { libraryCertificate } from '../certificate/library-certificate';
import { BUNDLED_CAS } from '../cas/bundled-cas';
import { normaliseDn } from './chain-names';
import { decodeBase64 } from '../../encoding/base64';
import { countOperation } from '../../model/operation-count';
import { derLimitExceeded } from '../der/der-limits';
import { checkSignature } from './signature-check';

/** Where a certificate in a chain came from: the leaf itself, the server's own chain file, a CA file the user added, or the app's bundle. */
export type ChainSource = 'leaf' | 'presented' | 'user' | 'bundled';

/** One parsed certificate available to the chain builder. */
export interface PoolEntry {
  readonly der: Uint8Array;
  readonly certificate: x509.X509Certificate;
  readonly summary: CertificateSummary;
  readonly source: ChainSource;
  /** Position in the presented file (0-based), or null. */
  readonly presentedIndex: number | null;
  readonly subjectKey: string;
  readonly issuerKey: string;
  /** Subject / authority key identifiers, lower-case hex, or null. */
  readonly ski: string | null;
  readonly aki: string | null;
  readonly bundledId: string | null;
}

/** One key identifier, lower-case hex, or null when absent or unreadable (then names alone link the certificate). */
function keyId(extensions: () => readonly CertificateExtension[], oid: string, read: (rawData: ArrayBuffer) => string | undefined): string | null {
  try {
    const extension = extensions().find((candidate) => candidate.type === oid);
    return extension ? (read(extension.rawData)?.toLowerCase() ?? null) : null;
  } catch {
    return null;
  }
}

function keyIds(extensions: () => readonly CertificateExtension[]): { ski: string | null; aki: string | null } {
  return {
    ski: keyId(extensions, '2.5.29.14', (rawData) => new x509.SubjectKeyIdentifierExtension(rawData).keyId),
    aki: keyId(extensions, '2.5.29.35', (rawData) => new x509.AuthorityKeyIdentifierExtension(rawData).keyId),
  };
}

/** What parsing a certificate for the pool gives, whatever its source: everything of a PoolEntry but where it came from. */
type ParsedCertificate = Omit<PoolEntry, 'source' | 'presentedIndex' | 'bundledId'>;

/**
 * Certificates already parsed, by their DER array. A file's certificates (and the user's CA files)
 * are handed to the chain builder once for every certificate of the file that is reported; parsing
 * each of them once, not once per report, keeps a file of n certificates linear instead of n².
 * Weak keys: an entry lives as long as the caller keeps its DER array.
 */
const parsed = new WeakMap<Uint8Array, Promise<ParsedCertificate | null>>();

async function parseCertificate(der: Uint8Array): Promise<ParsedCertificate | null> {
  countOperation('certificate-parse');
  const summary = await summarizeCertificate(der);
  // The library's recursive parser only ever sees bytes within the nesting and OID limits.
  if (!summary.ok || derLimitExceeded(der)) return null;
  const certificate = libraryCertificate(der);
  if (certificate === null) return null;
  return {
    der,
    certificate,
    summary: summary.value,
    subjectKey: normaliseDn(summary.value.subjectDn),
    issuerKey: normaliseDn(summary.value.issuerDn),
    ...keyIds(() => certificateExtensions(certificate)),
  };
}

/** A pool entry for DER bytes, or null when they are not a readable certificate. The same DER array is parsed only once. */
export async function makeEntry(der: Uint8Array, source: ChainSource, presentedIndex: number | null = null, bundledId: string | null = null): Promise<PoolEntry | null> {
  countOperation('chain-pool');
  let parsing = parsed.get(der);
  if (!parsing) {
    parsing = parseCertificate(der);
    parsed.set(der, parsing);
  }
  const certificate = await parsing;
  return certificate && { ...certificate, source, presentedIndex, bundledId };
}

/**
 * A bundled CA as a pool entry whose library object is made only when it is first used — when the
 * path search tries it as an issuer (its key, its constraints) — not for every chain built (issue
 * 13, CLI cold start: most of the seven are never tried). What the search matches candidates by
 * (names, key identifiers, validity, SHA-256) comes from the summary and the extensions as the DER
 * reader slices them; a CA whose extensions are off the plain DER shape is parsed at once, as any
 * certificate. The same entry as makeEntry gives once its certificate is read (a test holds every
 * bundled CA to it).
 */
async function bundledEntry(der: Uint8Array, id: string): Promise<PoolEntry | null> {
  const extensions = plainDerExtensions(der);
  if (extensions === null) return makeEntry(der, 'bundled', null, id);
  countOperation('chain-pool');
  const summary = await summarizeCertificate(der);
  if (!summary.ok || derLimitExceeded(der)) return null;
  return {
    der,
    get certificate(): x509.X509Certificate {
      const certificate = libraryCertificate(der);
      if (certificate === null) throw new Error(`The bundled CA ${id} does not parse.`);
      return certificate;
    },
    summary: summary.value,
    source: 'bundled',
    presentedIndex: null,
    subjectKey: normaliseDn(summary.value.subjectDn),
    issuerKey: normaliseDn(summary.value.issuerDn),
    ...keyIds(() => extensions),
    bundledId: id,
  };
}

let bundled: Promise<PoolEntry[]> | null = null;

/** The bundled CAs as pool entries (read once per process; each one's certificate parsed on first use). */
export function bundledEntries(): Promise<PoolEntry[]> {
  bundled ??= Promise.all(
    BUNDLED_CAS.map(async (ca) => {
      const decoded = decodeBase64(ca.pem.replace(/-----[^-]+-----/g, ''));
      return decoded.ok ? bundledEntry(decoded.value, ca.id) : null;
    }),
  ).then((entries) => entries.filter((entry): entry is PoolEntry => entry !== null));
  return bundled;
}

/** The DER of every bundled CA, for callers that pass issuer candidates around (e.g. CRL checking). */
export async function bundledCaDers(): Promise<Uint8Array[]> {
  return (await bundledEntries()).map((entry) => entry.der);
}

/** True when `child` names `parent` as its issuer: by normalised DN, and by AKI/SKI too where both exist (never by key identifier alone, RFC 5280 §6.1.3 (a)(4)). */
export function isIssuerCandidate(child: PoolEntry, parent: PoolEntry): boolean {
  if (child.issuerKey !== parent.subjectKey) return false;
  return !child.aki || !parent.ski || child.aki === parent.ski;
}

/** True when the certificate's signature verifies with the candidate issuer's public key (the path validator's own check). */
export async function verifiesWith(child: PoolEntry, parent: PoolEntry): Promise<boolean> {
  return (await checkSignature(child, parent)) === 'valid';
}

/** True when the entry is self-issued (subject = issuer) and, where identifiers exist, its AKI is its own SKI. */
export function isSelfIssued(entry: PoolEntry): boolean {
  return entry.subjectKey === entry.issuerKey && (!entry.aki || !entry.ski || entry.aki === entry.ski);
}
