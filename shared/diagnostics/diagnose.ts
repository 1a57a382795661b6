import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import { purposeOfDetails } from '../pki/certificate/certificate-purpose';
import { hiddenCertificateFindings } from './hidden-characters';
import { sortFindings } from './make-finding';
import { matchHostName } from './name-match';
import { tsvRevocationFindings } from './revocation';
import { strengthFindings, type StrengthDetails } from './strength';
import { tsvMismatchFindings, type FingerprintDetails } from './tsv-consistency';
import { validityFindings } from './validity';

/** Everything diagnoseCertificate can use; only `summary` and `now` are required. */
export interface DiagnoseInput {
  readonly summary: CertificateSummary;
  /** CertificateDetails (from describeCertificate) or any object with these fields. */
  readonly details?: StrengthDetails & FingerprintDetails;
  readonly record?: CertificateRecord;
  /** The host to match; defaults to the record's FQDN. */
  readonly host?: string;
  readonly now: number;
  readonly expiresSoonDays?: number;
}

/**
 * The certificate-level findings in one list, errors first: validity, strength and purpose, hidden
 * characters in its names,
 * match (against `host`, else the TSV's FQDN), TSV revocation, and TSV/certificate consistency.
 * Chain, key and CRL findings need files and come from buildChain, matchKey and checkCrl.
 */
export function diagnoseCertificate(input: DiagnoseInput): Finding[] {
  const { summary, details, record } = input;
  // A list row's certificate is judged by what it is for; a loose file is checked as a server certificate.
  const purpose = record ? purposeOfDetails(details) : 'server';
  // Revocation first: it matters whatever the dates say (a revoked certificate is not "just expired").
  const findings: Finding[] = [
    ...(record ? tsvRevocationFindings(record) : []),
    ...validityFindings(summary, { now: input.now, ...(input.expiresSoonDays !== undefined ? { expiresSoonDays: input.expiresSoonDays } : {}) }),
    ...strengthFindings(summary, details, { purpose }),
    ...hiddenCertificateFindings(summary),
  ];
  // A client or code-signing certificate has no host to match, unless one is asked for by name.
  const host = input.host ?? (purpose === 'server' ? record?.fqdn : '') ?? '';
  if (host.trim() !== '') findings.push(matchHostName(host, summary).finding);
  if (record) findings.push(...tsvMismatchFindings(record, summary, details));
  return sortFindings(findings);
}
