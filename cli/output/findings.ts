import type { Finding, FindingSeverity } from '../../shared/model/finding';
import type { Lang } from '../../shared/model/localized-text';
import { printable } from './text-width';

const SEVERITY_LABELS: Readonly<Record<FindingSeverity, { ja: string; en: string }>> = {
  error: { ja: 'エラー', en: 'error' },
  warning: { ja: '警告', en: 'warning' },
  info: { ja: '情報', en: 'info' },
  ok: { ja: 'OK', en: 'ok' },
};

/** A finding as JSON: code, severity, message (and advice, location when present) in `lang`. */
export function findingJson(finding: Finding, lang: Lang): Record<string, unknown> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message[lang],
    ...(finding.advice ? { advice: finding.advice[lang] } : {}),
    ...(finding.location ? { location: finding.location } : {}),
  };
}

/** One text line for a finding: `[severity] message`, with the advice after it when there is one. */
export function findingLine(finding: Finding, lang: Lang): string {
  const advice = finding.advice ? ` ${finding.advice[lang]}` : '';
  return `[${SEVERITY_LABELS[finding.severity][lang]}] ${finding.message[lang]}${advice}`;
}

/**
 * A finding as report lines: `[severity] message (code)` at `indent`, then its advice on the next
 * line, indented four more columns; `where` names another file the finding is about (e.g. a CRL).
 * Everything is made printable.
 */
export function findingBlock(finding: Finding, lang: Lang, indent: string, where: string | null = null): string[] {
  const place = where === null ? '' : `${where}: `;
  const lines = [`${indent}[${SEVERITY_LABELS[finding.severity][lang]}] ${place}${finding.message[lang]} (${finding.code})`];
  if (finding.advice) lines.push(`${indent}    ${finding.advice[lang]}`);
  return lines.map(printable);
}
