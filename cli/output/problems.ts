import type { Lang } from '../../shared/model/localized-text';
import type { Problem } from '../../shared/model/problem';
import { severityLabel } from './severity-label';
import { printable } from './text-width';

/** A problem as JSON: where (line, column, column label), what (code, severity), and the message in `lang`. */
export function problemJson(problem: Problem, lang: Lang): Record<string, unknown> {
  return {
    line: problem.location.line,
    column: problem.location.column,
    columnLabel: problem.location.columnLabel?.ja ?? null,
    code: problem.code,
    severity: problem.severity,
    message: problem.message[lang],
  };
}

/** One stderr line for a problem: `FILE:LINE:COLUMN: severity: message [code]` (missing parts left out). */
export function problemLine(problem: Problem, file: string, lang: Lang): string {
  const place = [file, problem.location.line, problem.location.column].filter((part) => part !== null && part !== '').join(':');
  const severity = severityLabel(problem.severity, lang);
  return printable(`${place}: ${severity}: ${problem.message[lang]} [${problem.code}]`);
}
