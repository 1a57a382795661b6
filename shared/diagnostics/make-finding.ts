import type { Finding, FindingAction, FindingCode, FindingSeverity } from '../model/finding';
import type { LocalizedText } from '../model/localized-text';

/** A Finding built from its parts; `advice`, `location` and `action` are left out when there are none, so JSON stays small. */
export function makeFinding(
  code: FindingCode,
  severity: FindingSeverity,
  message: LocalizedText,
  advice?: LocalizedText,
  location?: Finding['location'],
  action?: FindingAction,
): Finding {
  return {
    code,
    severity,
    message,
    ...(advice ? { advice } : {}),
    ...(action ? { action } : {}),
    ...(location ? { location } : {}),
  };
}

const SEVERITY_ORDER: Record<FindingSeverity, number> = { error: 0, warning: 1, info: 2, ok: 3 };

/** Where a severity stands when findings are shown: error 0, warning 1, info 2, ok 3. */
export function severityRank(severity: FindingSeverity): number {
  return SEVERITY_ORDER[severity];
}

/** The findings (certificate findings, request findings…) ordered errors first, then warnings, info and ok; the order within a severity is kept. */
export function sortFindings<T extends { readonly severity: FindingSeverity }>(findings: readonly T[]): T[] {
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.index - b.index)
    .map((entry) => entry.finding);
}
