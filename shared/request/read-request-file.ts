import { sniffFile } from '../tsv/sniff-file';
import { requestFinding, type RequestFinding } from './request-finding';
import { columnName, REQUEST_COLUMN_COUNT, REQUEST_FIELDS, requestRowOf, type RequestField, type RequestRow } from './request-format';

/**
 * Reads a request file's bytes into its lines and columns, saying what is wrong with the file as a
 * file: not Shift_JIS, bytes that are no character, LF line ends, blank lines, a header row, the
 * wrong number of columns. The rows are read whatever is wrong, so every row still gets checked.
 */

/** How the file's text was decoded. */
export type RequestFileEncoding = 'shift_jis' | 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be';

/** One non-blank line: its 1-based number, its columns as a row, and what reading it found. */
export interface RequestFileLine {
  readonly line: number;
  readonly row: RequestRow;
  readonly findings: readonly RequestFinding[];
}

/** A finding about the file, with the line it points at when there is one. */
export interface FileFinding {
  readonly line: number | null;
  readonly finding: RequestFinding;
}

export interface RequestFileRead {
  readonly encoding: RequestFileEncoding | null;
  readonly lines: readonly RequestFileLine[];
  readonly fileFindings: readonly FileFinding[];
}

const HEADER_WORDS = /主体者\s*DN|subject\s*DN|シリアル|profile|プロファイル/i;

function decodeStrict(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text and the encoding it was written in, or a file finding when it is no text at all. */
function decodeRequestFile(bytes: Uint8Array): { text: string; encoding: RequestFileEncoding } | FileFinding {
  const verdict = sniffFile(bytes);
  if (verdict === 'empty') return { line: null, finding: requestFinding('file-empty', 'error', { ja: 'ファイルが空です。申請が 1 行もありません。', en: 'The file is empty: it holds no request.' }) };
  if (verdict === 'binary' || verdict === 'utf-32') {
    return { line: null, finding: requestFinding('file-binary', 'error', { ja: 'テキストファイルではありません（Excel のブックや画像などではなく、TSV を選んでください）。', en: 'This is not a text file (choose the TSV, not an Excel workbook or an image).' }) };
  }
  if (verdict === 'utf-16le' || verdict === 'utf-16be') return { text: new TextDecoder(verdict).decode(bytes), encoding: verdict };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  const shiftJis = decodeStrict(bytes, 'shift_jis');
  if (shiftJis !== null) return { text: shiftJis, encoding: 'shift_jis' };
  const utf8 = decodeStrict(bytes, 'utf-8');
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: new TextDecoder('shift_jis').decode(bytes), encoding: 'shift_jis' };
}

function encodingFinding(encoding: RequestFileEncoding): RequestFinding {
  const name = { 'utf-8': 'UTF-8', 'utf-8-bom': 'UTF-8 (BOM 付き)', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', shift_jis: 'Shift_JIS' }[encoding];
  return requestFinding('not-shift-jis-file', 'error', {
    ja: `ファイルが ${name} で保存されています。NII のシステムは Shift_JIS のファイルを受け付けます。Shift_JIS（Excel なら「テキスト (タブ区切り)」、メモ帳なら ANSI）で保存し直してください。`,
    en: `The file is saved as ${name.replace('BOM 付き', 'with BOM')}. NII's system takes Shift_JIS: save it again as Shift_JIS (in Excel "Text (Tab delimited)", in Notepad ANSI).`,
  });
}

/** The column-count error; fewer columns than 13 is what Excel leaves when it drops empty columns at the end. */
function columnCountFinding(count: number): RequestFinding {
  const excel = count < REQUEST_COLUMN_COUNT ? { ja: ' Excel で保存すると、末尾の空の列が落ちてこうなります。', en: ' Saving from Excel drops empty columns at the end like this.' } : { ja: '', en: '' };
  return requestFinding('column-count', 'error', { ja: `列が ${count} 個あります。申請ファイルの行はちょうど ${REQUEST_COLUMN_COUNT} 列です（空の列もタブで区切ります）。${excel.ja}`, en: `The line has ${count} columns; every request line has exactly ${REQUEST_COLUMN_COUNT} (empty ones separated by tabs too).${excel.en}` });
}

/**
 * A column Excel wrapped in double quotes when it saved the file as tab-separated text (it does so
 * for cells with a comma or a quote, as a DN and column 13 have): its text without them, "" read as
 * ", or null when the column is not so wrapped.
 */
function excelUnquoted(column: string): string | null {
  const match = /^"((?:[^"]|"")*)"$/s.exec(column);
  return match ? match[1]!.replaceAll('""', '"') : null;
}

function excelQuotesFinding(field: RequestField): RequestFinding {
  const where = columnName(field);
  return requestFinding('excel-quotes', 'error', { ja: `${where.ja}が二重引用符 " で囲まれています。Excel でタブ区切りテキストとして保存すると、カンマを含むセルがこうなります。申請ファイルに引用符は書けません。引用符を外すか、このアプリで作り直してください（以下の確認は引用符を外した値で行っています）。`, en: `${where.en} is wrapped in double quotes: Excel does that to cells with a comma when it saves tab-separated text. Request files take no quotes: remove them, or build the file again with this app (the checks below read the value without them).` }, field);
}

/** Reads a request file. Never throws. */
export function readRequestFile(bytes: Uint8Array): RequestFileRead {
  const decoded = decodeRequestFile(bytes);
  if ('finding' in decoded) return { encoding: null, lines: [], fileFindings: [decoded] };
  const { text, encoding } = decoded;
  const fileFindings: FileFinding[] = [];
  const lines: RequestFileLine[] = [];
  const physical = text.split(/(\r\n|\n|\r)/);
  let firstLf: number | null = null;
  let firstNonAscii: number | null = null;
  for (let index = 0, line = 1; index < physical.length; index += 2, line++) {
    const content = physical[index]!;
    const ending = physical[index + 1];
    if (ending === undefined && content === '') break; // after the final line break
    if (ending !== undefined && ending !== '\r\n' && firstLf === null) firstLf = line;
    if (content.trim() === '') {
      fileFindings.push({ line, finding: requestFinding('blank-line', 'warning', { ja: '空行があります。申請の行だけにしてください。', en: 'A blank line: leave only request lines in the file.' }) });
      continue;
    }
    const columns = content.split('\t');
    if (lines.length === 0 && !columns[0]!.includes('=') && HEADER_WORDS.test(content)) {
      fileFindings.push({ line, finding: requestFinding('header-row', 'error', { ja: '1 行目が見出しの行です。申請ファイルには見出しを付けません（この行を削除してください）。', en: 'The first line is a header. Request files have no header: delete this line.' }) });
      continue;
    }
    const findings: RequestFinding[] = [];
    if (columns.length !== REQUEST_COLUMN_COUNT) findings.push(columnCountFinding(columns.length));
    for (const [index, column] of columns.entries()) {
      const unquoted = excelUnquoted(column);
      const field = REQUEST_FIELDS[index];
      if (unquoted === null || field === undefined) continue;
      columns[index] = unquoted;
      findings.push(excelQuotesFinding(field));
    }
    if (content.includes('\ufffd') && encoding === 'shift_jis') {
      findings.push(requestFinding('undecodable-bytes', 'error', { ja: 'Shift_JIS の文字として読めないバイトがあります（別の文字コードで書かれた部分か、壊れた文字）。', en: 'Bytes that are no Shift_JIS character (text in another encoding, or a damaged character).' }));
    }
    if (firstNonAscii === null && /[^\x00-\x7f]/.test(content)) firstNonAscii = line;
    lines.push({ line, row: requestRowOf(columns), findings });
  }
  if (encoding !== 'shift_jis') fileFindings.push({ line: firstNonAscii ?? lines[0]?.line ?? null, finding: encodingFinding(encoding) });
  if (firstLf !== null) {
    fileFindings.push({ line: firstLf, finding: requestFinding('line-ending', 'warning', { ja: '改行が LF だけです（CR LF ではありません）。NII のシステムが LF を受け付けるかは確認できていません。CR LF で保存すると確実です。', en: 'Lines end in LF alone, not CR LF. Whether NII accepts LF is not confirmed; saving with CR LF is safe.' }) });
  }
  if (lines.length === 0 && fileFindings.every((entry) => entry.finding.code !== 'file-empty')) {
    fileFindings.push({ line: null, finding: requestFinding('file-empty', 'error', { ja: '申請の行がありません。', en: 'The file holds no request line.' }) });
  }
  return { encoding, lines, fileFindings };
}
