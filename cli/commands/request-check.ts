import { stringifyJsonEscaped } from '../../shared/encoding/invisible-characters';
import { MAX_CERTIFICATE_FILE_BYTES } from '../../shared/model/limits';
import type { Lang } from '../../shared/model/localized-text';
import { reviewFindings, reviewHasErrors, reviewRequestFile, type RequestReview } from '../../shared/request/check-request-file';
import type { RequestFileEncoding } from '../../shared/request/read-request-file';
import { REQUEST_KIND_LABELS } from '../../shared/request/request-format';
import type { ExitCode } from '../cli-error';
import { flagOption, stringOption, type CommandContext } from '../command';
import { readInputFile } from '../files-or-exit';
import { translator } from '../i18n/i18n';
import { loadList } from '../load-list';
import { severityCounts } from '../../shared/request/request-finding';
import { fileFindingJson, reviewFindingLine, rowFindingJson } from '../output/request-findings';
import { printable } from '../output/text-width';

/*
 * `upki-tsv request check`: the review of a request file (shared/request/check-request-file.ts),
 * against the list when --list names one. Exit 1 when any finding is an error.
 */

const ENCODING_NAMES: Readonly<Record<RequestFileEncoding, string>> = {
  shift_jis: 'Shift_JIS',
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (BOM)',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

/**
 * The `check --json` document: `{kind, encoding, checkedAgainstList, rows: [{line, kind, findings:
 * [{code, severity, message, column?}]}], file: [{line, code, severity, message}]}`, texts in `lang`.
 */
function reviewJson(review: RequestReview, lang: Lang): Record<string, unknown> {
  return {
    kind: review.kind,
    encoding: review.encoding,
    checkedAgainstList: review.checkedAgainstList,
    rows: review.rows.map((row) => ({ line: row.line, kind: row.kind, findings: row.findings.map((finding) => rowFindingJson(finding, lang)) })),
    file: review.fileFindings.map((entry) => fileFindingJson(entry, lang)),
  };
}

/** The readable report: what the file is, whether the list was used, each finding on its line, and the count. */
function reviewText(review: RequestReview, file: string, listFile: string | undefined, lang: Lang): string {
  const t = translator(lang);
  const heading =
    review.kind === null || review.encoding === null
      ? t('request.checkHeadingNoRows', { file })
      : t('request.checkHeading', { file, kind: REQUEST_KIND_LABELS[review.kind][lang], count: review.rows.length, encoding: ENCODING_NAMES[review.encoding] });
  const lines = [printable(heading), printable(listFile === undefined ? t('request.notCheckedAgainstList') : t('request.checkedAgainstList', { list: listFile }))];
  const found = reviewFindings(review);
  // File findings without a line first, then by line (each line's findings in the review's order).
  const ordered = [...found].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  for (const entry of ordered) lines.push(reviewFindingLine(entry.line, entry.finding, lang));
  if (found.length === 0) lines.push(t('request.noProblems'));
  else lines.push(t('request.findingCount', severityCounts(found.map((entry) => entry.finding))));
  return `${lines.join('\n')}\n`;
}

export async function check(context: CommandContext): Promise<ExitCode> {
  const file = context.positionals[0]!;
  const listFile = stringOption(context.values, 'list');
  // A request file holds at most 99 lines of a few kilobytes: the certificate-file limit is ample.
  const bytes = await readInputFile(file, context.io.cwd, MAX_CERTIFICATE_FILE_BYTES);
  const list = listFile === undefined ? null : await loadList(listFile, context.io, context.lang);
  const review = await reviewRequestFile(bytes, { list, now: context.now });
  if (flagOption(context.values, 'json')) context.io.stdout(`${stringifyJsonEscaped(reviewJson(review, context.lang))}\n`);
  else context.io.stdout(reviewText(review, file, listFile, context.lang));
  return reviewHasErrors(review) ? 1 : 0;
}
