import type { Finding, FindingSeverity } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';

/** A Finding built from its parts; `advice` is left out when there is none, so JSON stays small. */
export function makeFinding(
  code: string,
  severity: FindingSeverity,
  message: LocalizedText,
  advice?: LocalizedText,
  location?: Finding['location'],
): Finding {
  return {
    code,
    severity,
    message,
    ...(advice ? { advice } : {}),
    ...(location ? { location } : {}),
  };
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, ok: 3 };

/** The findings ordered errors first, then warnings, info and ok; the order within a severity is kept. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map((entry) => entry.finding);
}
