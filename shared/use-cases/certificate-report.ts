import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';
import { checkChain } from '../diagnostics/chain-findings';
import { diagnoseCertificate } from '../diagnostics/diagnose';
import { hiddenCellFindings } from '../diagnostics/hidden-characters';
import { sortFindings } from '../diagnostics/make-finding';
import { tsvRevocationFindings } from '../diagnostics/revocation';
import { describeCertificate, type CertificateDetails } from '../pki/certificate/certificate-details';
import { purposeOfDetails } from '../pki/certificate/certificate-purpose';
import { summarizeCertificate } from '../pki/certificate/summarize-certificate';
import type { ChainLink } from '../pki/chain/build-chain-path';
import { encodePem } from '../pki/pem/encode-pem';
import type { FileCertificate } from '../pki/read-certificate-file';
import { chainExportFiles, type ChainExportFile } from './certificate-export-files';

/** What one certificate is reported with: the instant to judge at, and where it came from. */
export interface CertificateReportInput {
  readonly der: Uint8Array;
  /** The instant validity is judged at, epoch ms. */
  readonly now: number;
  /** The TSV row the certificate came from, if any: its FQDN is matched, its columns are checked against the certificate. */
  readonly record?: CertificateRecord | null;
  /** A host name to match instead of the row's FQDN (the CLI's --host). */
  readonly host?: string | null;
  /** CA certificates the user added (DER), besides the bundled ones. */
  readonly extraCas?: readonly Uint8Array[];
  /** Every certificate of the file it came from, in file order, when it came from a file. */
  readonly file?: readonly FileCertificate[];
  /** False when the caller shows no chain files (the CLI's inspect): they are then not built (each is a PKCS#7 encoding). Default true. */
  readonly withChainFiles?: boolean;
  /** The expiring window in days (the list's; default DEFAULT_EXPIRING_DAYS). */
  readonly expiringWithinDays?: number;
}

/**
 * How the certificate stands in its file: `server` (a TSV row's certificate, an end-entity
 * certificate, or any certificate of a file that holds only CA certificates) is checked for its
 * host name and chain; `issuer-in-file` (an intermediate beside a server certificate in one file)
 * is judged as part of that server certificate's chain.
 */
export type CertificateRole = 'server' | 'issuer-in-file';

/** Everything known about one certificate: its PEM, decoded fields, findings (errors first), chain and chain files. */
export interface CertificateReport {
  readonly der: Uint8Array;
  readonly pem: string;
  /** The list fields, or null when the certificate does not decode. */
  readonly summary: CertificateSummary | null;
  readonly details: CertificateDetails | null;
  /** Why the full decode failed, when it did (the PEM is still shown). */
  readonly detailsProblem: LocalizedText | null;
  readonly role: CertificateRole;
  readonly findings: readonly Finding[];
  /** The chain from this certificate up, or null when none was built (see CertificateRole). */
  readonly chain: readonly ChainLink[] | null;
  /** The chain files to export; empty unless the chain has an intermediate. */
  readonly chainFiles: readonly ChainExportFile[];
}

const DECODE_PROBLEM: LocalizedText = {
  ja: 'この証明書の詳細を読み取れませんでした（PEM はそのまま表示しています）。',
  en: 'The details of this certificate could not be decoded (the PEM is shown as it is).',
};

/**
 * The certificates of a file that the server-side checks (host name, chain) are about: its
 * end-entity certificates, or every certificate when the file holds only CA certificates (someone
 * looking at a CA file).
 */
export function serverCertificates(file: readonly FileCertificate[]): FileCertificate[] {
  const leaves = file.filter((certificate) => !certificate.summary.isCa);
  return leaves.length > 0 ? leaves : [...file];
}

/** The list fields of a certificate, or null when it does not decode. */
async function summaryOf(der: Uint8Array): Promise<CertificateSummary | null> {
  const read = await summarizeCertificate(der);
  return read.ok ? read.value : null;
}

function roleOf(summary: CertificateSummary | null, file: readonly FileCertificate[] | undefined): CertificateRole {
  if (!file || !summary) return 'server';
  return serverCertificates(file).some((certificate) => certificate.summary.sha256 === summary.sha256) ? 'server' : 'issuer-in-file';
}

/**
 * Reports one certificate with the same rules in every front end: validity and strength always;
 * for a server certificate the host-name match (the given host, else the row's FQDN, RFC 6125) and
 * the chain, built offline over the file's certificates (as a server would present them, when the
 * file holds several), the user's CA files and the bundled CAs; for a TSV row, what its own columns
 * say (revocation) and whether they agree with the certificate. Key and CRL checks need files of
 * their own and are made by matchKey and checkCrl. Never throws.
 */
export async function buildCertificateReport(input: CertificateReportInput): Promise<CertificateReport> {
  const { der, now } = input;
  const record = input.record ?? undefined;
  const described = await describeCertificate(der);
  const details = described.ok ? described.value : null;
  const summary = record ? record.certificate : await summaryOf(der);
  const role = roleOf(summary, input.file);
  const base = { der, pem: details ? details.pem : encodePem(der), summary, details, detailsProblem: details ? null : DECODE_PROBLEM, role };
  if (!summary) return { ...base, findings: [], chain: null, chainFiles: [] };
  if (role === 'issuer-in-file') {
    const findings = diagnoseCertificate({ summary, now, host: '', ...(details ? { details } : {}) });
    return { ...base, findings, chain: null, chainFiles: [] };
  }
  const presented = input.file && input.file.length > 1 ? { presented: input.file.map((certificate) => certificate.der) } : {};
  // A list row's client or code-signing certificate is validated without the server profile's rules (a loose file is checked as a server certificate).
  const purpose = record ? purposeOfDetails(details) : 'server';
  const chain = await checkChain(der, { now, extraCas: input.extraCas ?? [], ...presented, ...(purpose === 'server' ? {} : { profile: 'end-entity' as const }) });
  const findings = diagnoseCertificate({
    summary,
    now,
    ...(details ? { details } : {}),
    ...(record ? { record } : {}),
    ...(input.host ? { host: input.host } : {}),
    ...(input.expiringWithinDays !== undefined ? { expiresSoonDays: input.expiringWithinDays } : {}),
  });
  return {
    ...base,
    findings: sortFindings([...findings, ...chain.findings]),
    chain: chain.links,
    chainFiles: input.withChainFiles === false ? [] : chainExportFiles(chain, { record: record ?? null, summary }),
  };
}

/**
 * Findings about a TSV row itself, errors first: cells with hidden characters (located by the list's
 * columns and file name, when given) and, for a row without a certificate, its revocation columns
 * (with a certificate those are in the certificate's report).
 */
export function recordFindings(record: CertificateRecord, list?: Pick<CertificateList, 'fileName' | 'columns'>): Finding[] {
  const hidden = list ? hiddenCellFindings(record, list.columns, list.fileName) : [];
  return sortFindings([...hidden, ...(record.certificate ? [] : tsvRevocationFindings(record))]);
}
