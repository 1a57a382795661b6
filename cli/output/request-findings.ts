import type { Lang } from '../../shared/model/localized-text';
import type { BuildProblem } from '../../shared/request/build-requests';
import type { RequestFinding } from '../../shared/request/request-finding';
import { columnNumber } from '../../shared/request/request-format';
import { formatMessage } from '../i18n/i18n';
import { severityLabel } from './severity-label';
import { printable } from './text-width';

/*
 * How `upki-tsv request` shows what the shared request core found: a builder's problems (by
 * application ID) and a review's findings (by line and column), as JSON and as one text line each.
 */

/** A builder's problem as JSON: `{id, code, severity, message}`, the message in `lang`. */
export function buildProblemJson(problem: BuildProblem, lang: Lang): Record<string, unknown> {
  const { finding } = problem;
  return { id: problem.id, code: finding.code, severity: finding.severity, message: finding.message[lang] };
}

/** "申請ID 10230176: エラー: … [code]" (without the ID for a problem of the whole request). */
export function buildProblemLine(problem: BuildProblem, lang: Lang): string {
  const { finding } = problem;
  const values = { severity: severityLabel(finding.severity, lang), message: finding.message[lang], code: finding.code };
  return printable(problem.id === null ? formatMessage(lang, 'request.problem', values) : formatMessage(lang, 'request.problemOfId', { id: problem.id, ...values }));
}

/** A review finding of a row as JSON: `{code, severity, message, column?}` (column: the 1-based column of its field). */
export function rowFindingJson(finding: RequestFinding, lang: Lang): Record<string, unknown> {
  return {
    code: finding.code,
    severity: finding.severity,
    message: finding.message[lang],
    ...(finding.field !== undefined ? { column: columnNumber(finding.field) } : {}),
  };
}

/** A review finding of the file as JSON: `{line, code, severity, message}` (line null when it concerns no line). */
export function fileFindingJson(entry: { readonly line: number | null; readonly finding: RequestFinding }, lang: Lang): Record<string, unknown> {
  const { finding } = entry;
  return { line: entry.line, code: finding.code, severity: finding.severity, message: finding.message[lang] };
}

/** "12 行目 5 列目: エラー: … [code]"; the place is the line alone without a field, "ファイル" without a line. */
export function reviewFindingLine(line: number | null, finding: RequestFinding, lang: Lang): string {
  const place =
    line === null
      ? formatMessage(lang, 'request.atFile')
      : finding.field === undefined
        ? formatMessage(lang, 'request.atLine', { line })
        : formatMessage(lang, 'request.atLineColumn', { line, column: columnNumber(finding.field) });
  return printable(formatMessage(lang, 'request.findingAt', { place, severity: severityLabel(finding.severity, lang), message: finding.message[lang], code: finding.code }));
}
