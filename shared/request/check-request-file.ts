import type { CertificateList } from '../model/certificate-list';
import { readCsrText } from '../pki/csr/read-csr';
import { checkRequestCsr } from './check-csr';
import { checkRowAgainstList, duplicateSerialFindings, requestListContext, type RequestListContext } from './check-against-list';
import { checkRowFormat } from './check-row-format';
import { readRequestFile, type FileFinding, type RequestFileEncoding, type RequestFileRead } from './read-request-file';
import { requestFinding, type RequestFinding } from './request-finding';
import { MAX_REQUESTS_PER_FILE, REQUEST_KIND_LABELS, REQUEST_KINDS, requestKindOfRow, type RequestKind, type RequestRow } from './request-format';

/**
 * The review (審査) of a request file: every row read, checked for format, CSR and, when the list
 * is open, against the list; file problems that concern a line are shown on that line's row.
 */

/** One request line's review. */
export interface RequestRowReview {
  readonly line: number;
  readonly kind: RequestKind;
  readonly row: RequestRow;
  readonly findings: readonly RequestFinding[];
}

export interface RequestReview {
  /** The file's kind (the kind most of its rows are), or null when it has no row. */
  readonly kind: RequestKind | null;
  readonly encoding: RequestFileEncoding | null;
  readonly rows: readonly RequestRowReview[];
  /** What concerns the file and no row (an empty file, a blank line, a header). */
  readonly fileFindings: readonly FileFinding[];
  /** Whether the rows were checked against a list. */
  readonly checkedAgainstList: boolean;
}

/** The kind most rows are (the first row's on a tie). */
function fileKind(kinds: readonly RequestKind[]): RequestKind | null {
  if (kinds.length === 0) return null;
  const count = (kind: RequestKind) => kinds.filter((candidate) => candidate === kind).length;
  return REQUEST_KINDS.reduce((best, kind) => (count(kind) > count(best) ? kind : best), kinds[0]!);
}

function mixedKindFinding(kind: RequestKind, fileKindName: RequestKind): RequestFinding {
  const row = REQUEST_KIND_LABELS[kind];
  const file = REQUEST_KIND_LABELS[fileKindName];
  return requestFinding('mixed-kinds', 'error', { ja: `この行は${row.ja}ですが、ファイルの他の行は${file.ja}です。NII では申請の種類ごとに別のファイルでアップロードします。`, en: `This line is a ${row.en} but the file's other lines are a ${file.en}; NII takes each kind of request in its own file.` });
}

function tooManyRowsFinding(count: number): RequestFinding {
  return requestFinding('too-many-rows', 'error', { ja: `ファイルに ${count} 件の申請があります。1 ファイルは ${MAX_REQUESTS_PER_FILE} 件までです。この行から後は別のファイルに分けてください。`, en: `The file holds ${count} requests; one file takes at most ${MAX_REQUESTS_PER_FILE}. Move this line and those after it to another file.` });
}

/** The findings of one row's CSR (issue and renew rows with a CSR). */
async function csrFindings(row: RequestRow, kind: RequestKind, context: RequestListContext | null): Promise<RequestFinding[]> {
  if (kind === 'revoke' || row.csr.trim() === '') return [];
  return checkRequestCsr(row, await readCsrText(row.csr), context ? context.usedKeys() : []);
}

/**
 * Every rule for one request row read as `kind`: format, CSR and, with a list, the list. The one
 * check both the review of a file and the builders (which refuse a row it finds an error in) use.
 */
export async function checkRequestRow(row: RequestRow, kind: RequestKind, context: RequestListContext | null): Promise<RequestFinding[]> {
  return [...checkRowFormat(row, kind), ...(await csrFindings(row, kind, context)), ...(context ? checkRowAgainstList(row, kind, context) : [])];
}

/** Reviews a request file that has been read, against `list` when one is open. */
export async function reviewRequestRead(read: RequestFileRead, options: { readonly list?: CertificateList | null; readonly now: number }): Promise<RequestReview> {
  const context = options.list ? requestListContext(options.list, options.now) : null;
  const kinds = read.lines.map((line) => requestKindOfRow(line.row));
  const kind = fileKind(kinds);
  const duplicates = duplicateSerialFindings(read.lines);
  const onLine = new Map<number, RequestFinding[]>();
  const fileFindings: FileFinding[] = [];
  const lineNumbers = new Set(read.lines.map((line) => line.line));
  for (const entry of read.fileFindings) {
    if (entry.line !== null && lineNumbers.has(entry.line)) onLine.set(entry.line, [...(onLine.get(entry.line) ?? []), entry.finding]);
    else fileFindings.push(entry);
  }
  const rows: RequestRowReview[] = [];
  for (const [index, line] of read.lines.entries()) {
    const rowKind = kinds[index]!;
    const findings: RequestFinding[] = [...(onLine.get(line.line) ?? []), ...line.findings];
    if (index === MAX_REQUESTS_PER_FILE) findings.push(tooManyRowsFinding(read.lines.length));
    if (kind !== null && rowKind !== kind) findings.push(mixedKindFinding(rowKind, kind));
    findings.push(...(await checkRequestRow(line.row, rowKind, context)));
    const duplicate = duplicates.get(index);
    if (duplicate) findings.push(duplicate);
    rows.push({ line: line.line, kind: rowKind, row: line.row, findings });
  }
  return { kind, encoding: read.encoding, rows, fileFindings, checkedAgainstList: context !== null };
}

/** Reads and reviews a request file's bytes. Never throws. */
export async function reviewRequestFile(bytes: Uint8Array, options: { readonly list?: CertificateList | null; readonly now: number }): Promise<RequestReview> {
  return reviewRequestRead(readRequestFile(bytes), options);
}

/** Every finding of a review, the file's first, each with its line. */
export function reviewFindings(review: RequestReview): { readonly line: number | null; readonly finding: RequestFinding }[] {
  return [...review.fileFindings, ...review.rows.flatMap((row) => row.findings.map((finding) => ({ line: row.line, finding })))];
}

/** True when the review found any error. */
export function reviewHasErrors(review: RequestReview): boolean {
  return reviewFindings(review).some((entry) => entry.finding.severity === 'error');
}
