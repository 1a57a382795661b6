import { severityRank, sortFindings } from '../../../shared/diagnostics/make-finding';
import { reviewFindings, type RequestReview, type RequestRowReview } from '../../../shared/request/check-request-file';
import { severityCounts, type RequestFinding } from '../../../shared/request/request-finding';

/**
 * The order request findings are shown in (errors, then warnings, then notes) and the counts the
 * review's summary gives. Pure: sorting never changes the findings, only where they stand.
 */

/** The findings with errors first, then warnings, then notes, each group in the order given. */
export function findingsInOrder(findings: readonly RequestFinding[]): RequestFinding[] {
  return sortFindings(findings);
}

/** The most severe finding's rank of a row (a clean row after every severity), for ordering rows. */
function worstRank(findings: readonly RequestFinding[]): number {
  return findings.reduce((worst, finding) => Math.min(worst, severityRank(finding.severity)), severityRank('ok'));
}

/** The review's rows with errors first, then those with warnings, then notes, then clean ones, each group in line order. */
export function rowsInOrder(rows: readonly RequestRowReview[]): RequestRowReview[] {
  return [...rows].sort((a, b) => worstRank(a.findings) - worstRank(b.findings) || a.line - b.line);
}

/** How many errors, warnings and notes a review holds, the file's own findings included. */
export interface SeverityCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly notes: number;
}

/** The counts of every finding of a list. */
export function countSeverities(findings: readonly RequestFinding[]): SeverityCounts {
  const counts = severityCounts(findings);
  return { errors: counts.error, warnings: counts.warning, notes: counts.info };
}

/** The counts of a whole review: the file's findings and every row's. */
export function reviewCounts(review: RequestReview): SeverityCounts {
  return countSeverities(reviewFindings(review).map((entry) => entry.finding));
}

/** The host a request row is about: its FQDN column, else the CN of its DN (revocation rows leave the FQDN empty). */
export function requestRowHost(row: RequestRowReview['row']): string {
  if (row.fqdn.trim() !== '') return row.fqdn;
  return /(?:^|,)\s*CN=([^,]*)/i.exec(row.subjectDn)?.[1]?.trim() ?? '';
}
