import type { Problem } from '../model/problem';
import { CLIENT_POSITIONAL_COLUMNS, SERVER_COLUMNS, type ColumnKey } from '../model/columns';
import type { HeaderMapping } from './header-columns';
import { lineProblem } from './row-problems';

const DEFINITION_BY_KEY = new Map(SERVER_COLUMNS.map((definition) => [definition.key as ColumnKey, definition]));

/** Lists labels for a message, the first eight and a count of the rest. */
function listLabels(labels: readonly string[], separator: string): string {
  const shown = labels.slice(0, 8).join(separator);
  return labels.length > 8 ? `${shown}${separator}… (+${labels.length - 8})` : shown;
}

/**
 * Warnings about the header row at `line`: known columns missing (and which were placed by position),
 * unknown extra columns (kept and shown), and labels that appear twice. A client list is only warned
 * about the columns it shares with serverAll.tsv.
 */
export function headerProblems(file: string, line: number, mapping: HeaderMapping): Problem[] {
  const problems: Problem[] = [];
  const expected = mapping.missingColumns.filter((key) => mapping.kind === 'server' || CLIENT_POSITIONAL_COLUMNS.has(key));
  if (expected.length > 0) {
    const ja = expected.map((key) => DEFINITION_BY_KEY.get(key)!.ja);
    const en = expected.map((key) => DEFINITION_BY_KEY.get(key)!.en);
    const placed = mapping.positionedColumns.filter((key) => expected.includes(key));
    const placedJa = placed.length === 0 ? '' : `。うち ${listLabels(placed.map((k) => DEFINITION_BY_KEY.get(k)!.ja), '、')} は列の位置から読みました`;
    const placedEn = placed.length === 0 ? '' : `; read by position: ${listLabels(placed.map((k) => DEFINITION_BY_KEY.get(k)!.en), ', ')}`;
    problems.push(
      lineProblem(file, 'header-missing-columns', line, {
        ja: `見出しに次の列がありません: ${listLabels(ja, '、')}${placedJa}`,
        en: `the header lacks these columns: ${listLabels(en, ', ')}${placedEn}`,
      }),
    );
  }
  const unknown = mapping.columns.filter((column) => column.key === null && !mapping.duplicateLabels.includes(column.label));
  if (unknown.length > 0) {
    const named = (empty: string) => unknown.map((column) => `${column.index + 1}:${column.label === '' ? empty : column.label}`);
    problems.push(
      lineProblem(file, 'header-unknown-columns', line, {
        ja: `知らない列があります（そのまま表示します）: ${listLabels(named('（空欄）'), '、')}`,
        en: `unknown columns (kept and shown as they are): ${listLabels(named('(empty)'), ', ')}`,
      }),
    );
  }
  if (mapping.duplicateLabels.length > 0) {
    problems.push(
      lineProblem(file, 'header-duplicate-column', line, {
        ja: `同じ見出しの列が複数あります（最初の列を使います）: ${listLabels(mapping.duplicateLabels, '、')}`,
        en: `columns with the same label (the first one is used): ${listLabels(mapping.duplicateLabels, ', ')}`,
      }),
    );
  }
  return problems;
}
