import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { LocalizedText } from '../model/localized-text';
import { countOperation } from '../model/operation-count';
import { PARSER_LIMITS } from '../model/parser-limits';
import type { Problem, ProblemCode } from '../model/problem';
import { err, ok, type Result } from '../model/result';
import { sourceLocation } from '../model/location';
import { buildRecord, placeOf, positionOf, type RecordContext, type RecordDraft } from './build-record';
import { CertificateBatch, type CertificateSummarizer, type FailureClassifier } from './certificate-batch';
import type { SummaryPool } from './summary-pool';
import { columnLabel, SERVER_COLUMNS, type ColumnKey } from '../model/columns';
import { detectEncoding } from './detect-encoding';
import { mapHeader, type HeaderMapping } from './header-columns';
import { headerProblems } from './header-problems';
import { DEFAULT_CHUNK_BYTES, lineAlignedChunks } from './line-chunks';
import { QuoteMerger, type LogicalRow } from './quote-merge';
import { decodeChunkLines } from './decode-chunk-lines';
import { ProblemCap } from './problem-cap';
import { cellProblem, fileProblem, lineProblem } from './row-problems';
import { sniffFile } from './sniff-file';
import { listKindOf } from './list-kind';
import { utf16AsUtf8 } from '../encoding/utf16-text';

/** Options of the list reader: the file name for messages, a progress callback, and test seams. */
export interface ReadListOptions {
  readonly fileName: string;
  /** Called between chunks with bytes read so far and the file size. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Called as the reading goes with the records read in full since the last call (certificates
   * summarised), in list order: every record of the list is passed exactly once before the reader
   * returns, so a caller can show and index a list while it is still being read. A file refused
   * later (too many rows) has passed some records already.
   */
  readonly onRecords?: (records: readonly CertificateRecord[]) => void;
  /** Bytes per decoded chunk (tests use tiny chunks to cross chunk borders). */
  readonly chunkBytes?: number;
  /** Helpers that summarise the certificates while the rows are read (other threads); none: summarised here. */
  readonly summaryPool?: SummaryPool;
}

const FILE_MESSAGES: Record<'empty' | 'binary' | 'utf-32' | 'encoding' | 'no-header', [ProblemCode, LocalizedText]> = {
  empty: ['file-empty', { ja: 'ファイルが空です', en: 'the file is empty' }],
  binary: [
    'file-binary',
    { ja: 'TSV ファイルではありません（画像や圧縮ファイルなどのバイナリです）', en: 'not a TSV file (binary data such as an image or an archive)' },
  ],
  'utf-32': [
    'file-encoding',
    { ja: 'UTF-32 には対応していません。Shift_JIS か UTF-8 で保存し直してください', en: 'UTF-32 is not supported, re-save as Shift_JIS or UTF-8' },
  ],
  encoding: [
    'file-encoding',
    { ja: '文字コードを読めません（Shift_JIS でも UTF-8 でもありません）', en: 'the text is neither Shift_JIS nor UTF-8' },
  ],
  'no-header': [
    'file-no-header',
    {
      ja: '見出し行がありません（1行目に「発行・更新申請-申請ID」「主体者DN」「状態」などの列名が必要です）',
      en: 'no header row (the first line must name the columns, such as 発行・更新申請-申請ID, 主体者DN, 状態)',
    },
  ],
};

/** How messages name each encoding. */
const ENCODING_NAMES: Record<CertificateList['encoding'], string> = { shift_jis: 'Shift_JIS', 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE' };

/** A header needs at least this many known labels; fewer means the file is some other table. */
const MIN_KNOWN_LABELS = 3;
/** What an application ID looks like, to tell a new record from the continuation of a quoted cell. */
const APPLICATION_ID = /^[0-9A-Za-z][0-9A-Za-z_.-]{0,63}$/;
/** Longest stretch without giving a worker's progress message a chance to go out. */
const YIELD_EVERY_MS = 50;

const JOINED_UNCLOSED: LocalizedText = {
  ja: '「"」で始まるセルが閉じていないため、次の申請の行の前までを1つのセルとして読みました',
  en: 'the quoted cell is never closed; it was read up to the next record',
};

/**
 * The whole-file failure of a list with more rows than PARSER_LIMITS.listRows, located at the line
 * where the first row past the limit starts (the text says what, the location where).
 */
function tooManyRows(fileName: string, line: number): Result<CertificateList, Problem> {
  const max = PARSER_LIMITS.listRows.toLocaleString('en-US');
  const over = (PARSER_LIMITS.listRows + 1).toLocaleString('en-US');
  return err({
    ...fileProblem(fileName, 'file-too-many-rows', {
      ja: `一覧の行数が上限の ${max} 行を超えています（この行から ${over} 件目の行です）。このファイルは読み込みません`,
      en: `the list has more rows than the limit of ${max} (row ${over} starts on this line); the file is not read`,
    }),
    location: sourceLocation({ file: fileName, line }),
  });
}

/** A whole-file failure value. */
function fail(fileName: string, which: keyof typeof FILE_MESSAGES): Result<CertificateList, Problem> {
  const [code, what] = FILE_MESSAGES[which];
  return err(fileProblem(fileName, code, what));
}

/** True for a line with nothing but whitespace: skipped without a word. */
function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/**
 * Reads a certificate list (serverAll.tsv, clientAll.tsv) from its bytes with the given certificate
 * summarizer. The bytes are decoded in line-aligned chunks so the whole file never becomes one string.
 */
export async function readListWith(
  fileBytes: Uint8Array,
  options: ReadListOptions,
  summarize: CertificateSummarizer,
  classify: FailureClassifier,
): Promise<Result<CertificateList, Problem>> {
  const { fileName } = options;
  const verdict = sniffFile(fileBytes);
  // A UTF-16 list (Excel's 「Unicode テキスト」) is read as its UTF-8 text; the list still says it was UTF-16.
  if (verdict === 'empty' || verdict === 'binary' || verdict === 'utf-32') return fail(fileName, verdict);
  const utf16 = verdict;
  const bytes = utf16 === null ? fileBytes : utf16AsUtf8(fileBytes, utf16);
  const inFile = detectEncoding(bytes);
  if (inFile === null) return fail(fileName, 'encoding');
  const detected = utf16 === null ? inFile : { ...inFile, encoding: utf16 };
  const decoder = new TextDecoder(detected.decoderLabel);
  // Long ASCII cells are decoded apart as UTF-8: the same characters in Shift_JIS, as one-byte strings.
  const ascii = new TextDecoder('utf-8');
  let scratch = new Uint8Array(0);
  // The current chunk's lines whose long ASCII cells can be read again from `bytes`, with their spans.
  let spans = new Map<string[], number[]>();
  let chunkStart = 0;

  const problems: Problem[] = [];
  const problemCap = new ProblemCap(problems);
  const records: RecordDraft[] = [];
  const merger = new QuoteMerger();
  const batch = new CertificateBatch(fileName, summarize, classify, problems, options.summaryPool ?? null);
  const state: { header: { mapping: HeaderMapping; context: RecordContext; certificatePosition: number } | null } = { header: null };
  let sawReplacement = false;
  let lineNumber = 0;
  let lastYield = Date.now();
  let overLimitLine: number | null = null;

  // Returns false when the first non-blank row is not a header, or when the row is one too many (overLimitLine set).
  const takeRow = (logicalRow: LogicalRow): boolean => {
    let row = logicalRow;
    if (isBlank(row.cells)) return true;
    if (state.header === null) {
      // A trailing TAB after the last label (some exports end every line with one) is not a column.
      const labels = [...row.cells];
      while (labels.length > 0 && labels[labels.length - 1]!.trim() === '') labels.pop();
      const mapping = mapHeader(labels);
      if (mapping.knownLabelCount < MIN_KNOWN_LABELS) return false;
      const context: RecordContext = {
        fileName,
        columns: mapping.columns,
        positions: mapping.positions,
        labelsEn: mapping.columns.map((column) => columnLabel(column).en),
      };
      state.header = { mapping, context, certificatePosition: positionOf(context, 'certificate') };
      problems.push(...headerProblems(fileName, row.line, mapping));
      const width = mapping.columns.length;
      // A full-width line, or a half-width one that starts with an application ID, is a new record: the
      // continuation lines of a quoted cell hold the rest of one cell and at most the cells after it.
      merger.isRecordStart = (cells) =>
        cells.length >= width || (cells.length >= Math.max(2, Math.ceil(width / 2)) && APPLICATION_ID.test(cells[0]!.trim()));
      return true;
    }
    const { context, certificatePosition } = state.header;
    // Refused as soon as the row count passes the limit, so no list costs more than the limit's worth of memory.
    if (records.length >= PARSER_LIMITS.listRows) {
      overLimitLine = row.line;
      return false;
    }
    countOperation('list-rows');
    // Looked up by the row's own cells array, before a short row's cells are replaced by a padded copy.
    const span = row.cellLines === null ? spans.get(row.cells) : undefined;
    const checked = checkRow(row, context, sawReplacement, detected.encoding, problems);
    if (checked === null) {
      // A cut line is a problem and no row; its problem is capped like every other.
      problemCap.trim();
      return true;
    }
    row = checked;
    const cellBytes = span === undefined ? undefined : { bytes, spans: span.map((value, i) => (i % 3 === 0 ? value : chunkStart + value)) };
    const record = buildRecord(row, records.length, context, problems, cellBytes);
    records.push(record);
    if (certificatePosition >= 0) batch.add(record, row.cells[certificatePosition]!, placeOf(context, row, certificatePosition));
    problemCap.trim();
    return true;
  };
  const refusal = (): Result<CertificateList, Problem> => (overLimitLine !== null ? tooManyRows(fileName, overLimitLine) : fail(fileName, 'no-header'));

  // Gives the event loop a turn (a worker's progress message, a UI's paint) once YIELD_EVERY_MS has passed;
  // checked per row, since one chunk of rows with their certificates can take longer than that.
  const isYieldDue = (): boolean => Date.now() - lastYield > YIELD_EVERY_MS;
  // Records before `passed` have gone to onRecords; a record goes once its certificate has settled.
  let passed = 0;
  const passRecords = (): void => {
    const complete = batch.settledBefore(records.length);
    if (!options.onRecords || passed >= complete) return;
    options.onRecords(records.slice(passed, complete));
    passed = complete;
  };
  // Passes the records complete so far: without a pool, after waiting for their certificates; with one,
  // those whose batches have come back, while the pool goes on with the rest.
  const passCompleteRecords = async (): Promise<void> => {
    if (!batch.isPooled) await batch.flush();
    passRecords();
  };
  const yieldNow = async (): Promise<void> => {
    await passCompleteRecords();
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    lastYield = Date.now();
  };

  for (const chunk of lineAlignedChunks(bytes, detected.bodyStart, options.chunkBytes ?? DEFAULT_CHUNK_BYTES)) {
    if (scratch.length < chunk.length) scratch = new Uint8Array(chunk.length);
    const decoded = decodeChunkLines(chunk, decoder, ascii, scratch);
    const { lines, hasReplacement } = decoded;
    spans = decoded.spans;
    chunkStart = chunk.byteOffset - bytes.byteOffset;
    if (hasReplacement) sawReplacement = true;
    for (const cells of lines) {
      for (const row of merger.push({ line: ++lineNumber, cells })) {
        if (!takeRow(row)) return refusal();
        if (batch.isFull) await batch.makeRoom();
        if (isYieldDue()) await yieldNow();
      }
    }
    await passCompleteRecords();
    options.onProgress?.(chunk.byteOffset - bytes.byteOffset + chunk.length, bytes.length);
    if (isYieldDue()) await yieldNow();
  }
  for (const row of merger.finish()) {
    if (!takeRow(row)) return refusal();
    if (batch.isFull) await batch.makeRoom();
  }
  await batch.flush();
  passRecords();
  const found = state.header;
  if (found === null) return fail(fileName, 'no-header');
  // The certificate batch adds its problems after the rows: trim those too, then say what was only counted.
  problemCap.trim();
  problems.push(...problemCap.summaries(fileName));
  problems.sort((a, b) => (a.location.line ?? 0) - (b.location.line ?? 0) || (a.location.column ?? 0) - (b.location.column ?? 0));
  return ok({
    fileName,
    encoding: detected.encoding,
    kind: listKindOf(records, found.mapping.kind),
    columns: found.mapping.columns,
    missingColumns: found.mapping.missingColumns,
    records,
    problems,
  });
}

// The cells a row must reach to be a row at all: without its application ID, 状態 and FQDN it is a
// fragment (a cut line, the rest of a broken cell), and reading it would invent a nameless row.
const IDENTIFYING_COLUMNS: readonly ColumnKey[] = ['applicationId', 'status', 'fqdn'];

/**
 * Checks a row's shape: the row to read (a short row padded in a copy), or null when it is not read as a record. A row cut before its identifying
 * columns is an error (its line, and nothing invented); a row short of later cells is padded with
 * empty cells (warning). Extra cells are kept with a warning, except empty ones (a trailing TAB on
 * every line), which are dropped silently. Also warns about unclosed quotes (kept as text) and,
 * once the file has shown undecodable bytes, a replacement character in the row.
 */
function checkRow(row: LogicalRow, context: RecordContext, checkEncoding: boolean, encoding: CertificateList['encoding'], problems: Problem[]): LogicalRow | null {
  const { fileName } = context;
  const width = context.columns.length;
  while (row.cells.length > width && row.cells[row.cells.length - 1]!.trim() === '') row.cells.pop();
  const count = row.cells.length;
  const needed = Math.max(...IDENTIFYING_COLUMNS.map((key) => positionOf(context, key))) + 1;
  if (count < needed) {
    problems.push({
      ...lineProblem(fileName, 'row-too-few-cells', row.line, {
        ja: `この行は途中で切れていて（${count}列、見出しは${width}列）、申請ID・状態・FQDN まで届かないため、行として読みませんでした`,
        en: `the line is cut short (${count} of ${width} columns) before its application ID, 状態 and FQDN; it was not read as a row`,
      }),
      severity: 'error',
    });
    return null;
  }
  if (count < width) {
    problems.push(
      lineProblem(fileName, 'row-too-few-cells', row.line, {
        ja: `列が足りません（${count}列、見出しは${width}列）。足りない列は空欄として読みました`,
        en: `only ${count} of ${width} columns; the missing cells were read as empty`,
      }),
    );
    row = { ...row, cells: paddedCells(row.cells, width) };
  } else if (count > width) {
    problems.push(
      lineProblem(fileName, 'row-too-many-cells', row.line, {
        ja: `列が多すぎます（${count}列、見出しは${width}列）。余分な列もそのまま残しています`,
        en: `${count} columns but the header has ${width}; the extra cells are kept`,
      }),
    );
  }
  for (const { column, isJoined } of row.unclosedQuotes) {
    problems.push(cellProblem(fileName, 'row-unclosed-quote', placeOf(context, row, column - 1), '', isJoined ? JOINED_UNCLOSED : undefined));
  }
  if (!checkEncoding) return row;
  const bad = row.cells.findIndex((cell) => cell.includes('\uFFFD'));
  if (bad >= 0) problems.push(cellProblem(fileName, 'row-invalid-encoding', placeOf(context, row, bad), ENCODING_NAMES[encoding]));
  return row;
}

/**
 * `cells` followed by empty cells up to `width`, in an array allocated at that size: pushing onto the
 * split line's array would grow its store by half again each time (~650 bytes for a 2-cell line padded
 * to 46), kept for every short row of the list.
 */
function paddedCells(cells: readonly string[], width: number): string[] {
  const padded = new Array<string>(width);
  for (let i = 0; i < width; i++) padded[i] = cells[i] ?? '';
  return padded;
}
