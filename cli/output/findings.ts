import type { Finding } from '../../shared/model/finding';
import { locatedMessage } from '../../shared/model/location';
import type { Lang } from '../../shared/model/localized-text';
import { severityLabel } from './severity-label';
import { printable } from './text-width';

/** A finding as JSON: code, severity, message (and advice, location when present) in `lang`. */
export function findingJson(finding: Finding, lang: Lang): Record<string, unknown> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message[lang],
    ...(finding.advice ? { advice: finding.advice[lang] } : {}),
    ...(finding.location ? { location: { file: finding.location.file, line: finding.location.line, column: finding.location.column } } : {}),
  };
}

/** One text line for a finding: `[severity] message`, with the advice after it when there is one. */
export function findingLine(finding: Finding, lang: Lang): string {
  const advice = finding.advice ? ` ${finding.advice[lang]}` : '';
  return `[${severityLabel(finding.severity, lang)}] ${finding.message[lang]}${advice}`;
}

/**
 * A finding as report lines: `[severity] location: message (code)` at `indent`, then its advice on
 * the next line, indented four more columns. The location names its file only when that is not
 * `reportFile`, the file the report is about (e.g. a CRL beside a certificate). Everything is made printable.
 */
export function findingBlock(finding: Finding, lang: Lang, indent: string, reportFile: string | null = null): string[] {
  const message = locatedMessage(finding.message, finding.location, { withFile: finding.location?.file !== reportFile })[lang];
  const lines = [`${indent}[${severityLabel(finding.severity, lang)}] ${message} (${finding.code})`];
  if (finding.advice) lines.push(`${indent}    ${finding.advice[lang]}`);
  return lines.map(printable);
}
