import type { LocalizedText } from '../../model/localized-text';
import type { TextRepair } from './normalise-text';
import type { PemIssue } from './pem-scan';

/** One change the PEM doctor made so that strict parsers accept the text, with the first line it concerns and how many lines. */
export interface Repair {
  readonly kind: PemIssue['kind'] | TextRepair['kind'] | 'text-around' | 'armour-added' | 'missing-end' | 'trailing-data';
  readonly line: number;
  readonly count: number;
  readonly message: LocalizedText;
}

const TEXT: Readonly<Record<Repair['kind'], (detail: string) => LocalizedText>> = {
  bom: () => ({ ja: '先頭の BOM（目に見えない文字）を取り除きました', en: 'removed the byte-order mark (an invisible character) at the start' }),
  'utf-16': () => ({ ja: 'UTF-16（メモ帳の「Unicode」）で保存されていたので ASCII に直しました', en: 'the file was saved as UTF-16 (Notepad\'s "Unicode"); converted it to ASCII' }),
  'mixed-line-endings': () => ({ ja: '改行コード（CRLF と LF）の混在をそろえました', en: 'made mixed line endings (CRLF and LF) consistent' }),
  'lone-cr': () => ({ ja: 'CR だけの改行を LF に直しました', en: 'turned lone CR line breaks into LF' }),
  'escaped-newlines': () => ({ ja: '文字としての「\\n」を改行に戻しました', en: 'turned literal "\\n" escapes back into line breaks' }),
  'missing-final-newline': () => ({ ja: '最後の改行を補いました', en: 'added the missing final line break' }),
  'dash-count': () => ({ ja: 'BEGIN/END 行のハイフンを 5 個にそろえました', en: 'set the dashes of the BEGIN/END line to exactly five' }),
  'label-case': (raw) => ({ ja: `ラベル「${raw}」を大文字の正しい形に直しました`, en: `rewrote the label "${raw}" in its upper-case form` }),
  'label-alias': (raw) => ({ ja: `旧式のラベル「${raw}」を標準のラベルに直しました`, en: `replaced the old label "${raw}" with the standard one` }),
  glued: () => ({ ja: 'つながっていた BEGIN/END 行と本文を別々の行に分けました', en: 'split BEGIN/END lines that were glued to other text onto lines of their own' }),
  'quote-prefix': () => ({ ja: 'メールの引用記号（> など）を取り除きました', en: 'removed e-mail quoting marks (> etc.)' }),
  indentation: () => ({ ja: '行頭の空白を取り除きました', en: 'removed spaces at the start of lines' }),
  'trailing-whitespace': () => ({ ja: '行末の空白・タブを取り除きました', en: 'removed spaces and tabs at the end of lines' }),
  'blank-line': () => ({ ja: '証明書の途中の空行を取り除きました', en: 'removed blank lines inside the certificate' }),
  wrapping: (width) => ({
    ja: `本文の折り返し（${width === 'one line' ? '1 行' : `${width} 文字`}）を 64 文字に直しました`,
    en: `re-wrapped the body (${width === 'one line' ? 'one line' : `${width} characters`}) at 64 characters`,
  }),
  'invisible-characters': () => ({ ja: '目に見えない文字（全角空白・ゼロ幅空白など）を取り除きました', en: 'removed invisible characters (full-width or zero-width spaces, etc.)' }),
  'invalid-characters': () => ({ ja: 'base64 ではない文字があります', en: 'found characters that are not base64' }),
  'label-mismatch': (raw) => ({ ja: `END 行のラベル「${raw}」を BEGIN 行に合わせました`, en: `made the END label "${raw}" match the BEGIN label` }),
  'text-around': () => ({ ja: '証明書の前後の文章を除きました', en: 'left out the text around the certificate' }),
  'armour-added': () => ({ ja: 'BEGIN/END 行のない base64 に BEGIN/END 行を付けました', en: 'added BEGIN/END lines around bare base64' }),
  'missing-end': () => ({ ja: '欠けていた END 行を補いました（本文は完全でした）', en: 'added the missing END line (the body itself was complete)' }),
  'trailing-data': () => ({ ja: '証明書の後ろの余分なデータ（OpenSSL の信頼設定など）を除きました', en: 'dropped extra data after the certificate (such as OpenSSL trust settings)' }),
};

/** A repair record with its sentence. */
export function makeRepair(kind: Repair['kind'], line: number, detail = '', count = 1): Repair {
  return { kind, line, count, message: TEXT[kind](detail) };
}

/** Groups issues of one kind into one repair (first line, number of lines). `invalid-characters` is not a repair and is left out. */
export function repairsFromIssues(issues: readonly PemIssue[]): Repair[] {
  const byKind = new Map<PemIssue['kind'], PemIssue[]>();
  for (const issue of issues) {
    if (issue.kind === 'invalid-characters') continue;
    byKind.set(issue.kind, [...(byKind.get(issue.kind) ?? []), issue]);
  }
  return [...byKind.values()].map((list) => makeRepair(list[0]!.kind, list[0]!.line, list[0]!.detail ?? '', list.length));
}
