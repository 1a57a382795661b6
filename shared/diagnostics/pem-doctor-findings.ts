import type { Finding } from '../model/finding';
import { sourceLocation, type SourceLocation } from '../model/location';
import type { LocalizedText } from '../model/localized-text';
import { limitExceededText, type LimitExceeded } from '../model/parser-limits';
import type { DerKind } from '../pki/classify-der';
import { isImageType, type OtherFileType } from '../pki/file-signature';
import type { Repair, RepairKind } from '../pki/pem/pem-repairs';
import type { CertificateFileIssue, CorruptPart } from '../pki/read-certificate-file';
import { makeFinding } from './make-finding';

const at = (file: string, line: number | null, column: number | null = null): SourceLocation => sourceLocation({ file, line, column });

/** What each repair did, in words (`detail` is the wrap width or the label as written). */
const REPAIR_TEXT: Readonly<Record<RepairKind, (detail: string) => LocalizedText>> = {
  bom: () => ({ ja: '先頭の BOM（目に見えない文字）を取り除きました', en: 'removed the byte-order mark (an invisible character) at the start' }),
  'utf-16': () => ({ ja: 'UTF-16（メモ帳の「Unicode」）で保存されていたので ASCII に直しました', en: 'the file was saved as UTF-16 (Notepad\'s "Unicode"); converted it to ASCII' }),
  'utf-32': () => ({ ja: 'UTF-32 で保存されていたので ASCII に直しました', en: 'the file was saved as UTF-32; converted it to ASCII' }),
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
  'label-mismatch': (raw) => ({ ja: `END 行のラベル「${raw}」を BEGIN 行に合わせました`, en: `made the END label "${raw}" match the BEGIN label` }),
  'text-around': () => ({ ja: '証明書の前後の文章を除きました', en: 'left out the text around the certificate' }),
  'armour-added': () => ({ ja: 'BEGIN/END 行のない base64 に BEGIN/END 行を付けました', en: 'added BEGIN/END lines around bare base64' }),
  'missing-end': () => ({ ja: '欠けていた END 行を補いました（本文は完全でした）', en: 'added the missing END line (the body itself was complete)' }),
  'trailing-data': () => ({ ja: '証明書の後ろの余分なデータ（OpenSSL の信頼設定など）を除きました', en: 'dropped extra data after the certificate (such as OpenSSL trust settings)' }),
};

/** `pem-repaired` (warning): what the doctor changed and where. */
export function repairFinding(repair: Repair, file: string): Finding {
  const message = REPAIR_TEXT[repair.kind](repair.detail);
  const more = repair.count > 1 ? { ja: `（${repair.count} か所）`, en: ` (${repair.count} places)` } : { ja: '', en: '' };
  return makeFinding(
    'pem-repaired',
    'warning',
    { ja: `${message.ja}${more.ja}。`, en: `Repaired: ${message.en}${more.en}.` },
    {
      ja: '修正済みの PEM を保存し直して使ってください。テキストをメール本文に貼り付けず、ファイルとして添付すると崩れにくくなります。',
      en: 'Save and use the repaired PEM. Sending the certificate as an attached file rather than pasted into a mail body keeps it intact.',
    },
    at(file, repair.line),
  );
}

const KIND_TEXT: Readonly<Record<DerKind, { ja: string; en: string }>> = {
  'private-key': { ja: '秘密鍵', en: 'a private key' },
  'encrypted-private-key': { ja: '暗号化された秘密鍵', en: 'an encrypted private key' },
  csr: { ja: '証明書署名要求（CSR）', en: 'a certificate signing request (CSR)' },
  crl: { ja: '証明書失効リスト（CRL）', en: 'a certificate revocation list (CRL)' },
  'public-key': { ja: '公開鍵', en: 'a public key' },
  pkcs12: { ja: 'PKCS#12 ファイル（鍵を含む）', en: 'a PKCS#12 file (which holds a key)' },
  pkcs7: { ja: 'PKCS#7', en: 'PKCS#7' },
  certificate: { ja: '証明書', en: 'a certificate' },
  unknown: { ja: '証明書ではないデータ', en: 'data that is not a certificate' },
};

/** `not-a-certificate` (error): what the block is instead. For a private key, only that it is one — never its content. */
export function notACertificateFinding(kind: DerKind, file: string, line: number | null, label?: string): Finding {
  const what = KIND_TEXT[kind];
  const isKey = kind === 'private-key' || kind === 'encrypted-private-key' || kind === 'pkcs12';
  const named = label && kind === 'unknown' ? { ja: `「${label}」`, en: ` ("${label}")` } : { ja: '', en: '' };
  return makeFinding(
    'not-a-certificate',
    'error',
    { ja: `これは証明書ではなく${what.ja}${named.ja}です。`, en: `This is ${what.en}${named.en}, not a certificate.` },
    isKey
      ? {
          ja: '秘密鍵は貼り付け・送信しないでください（このアプリは内容を表示も保存もしていません）。メール等で送ってしまった場合は、鍵を作り直して再申請することを検討してください。',
          en: 'Never paste or send a private key (this app neither shows nor keeps its content). If it was sent by mail, consider creating a new key and applying again.',
        }
      : { ja: '「-----BEGIN CERTIFICATE-----」で始まる証明書を選んでください。', en: 'Choose the certificate, which starts with "-----BEGIN CERTIFICATE-----".' },
    at(file, line),
  );
}

/** `truncated` (error): the certificate is cut off. */
export function truncatedFinding(file: string, line: number | null): Finding {
  return makeFinding(
    'truncated',
    'error',
    { ja: '証明書が途中で切れています。', en: 'The certificate is cut off.' },
    {
      ja: '「-----BEGIN CERTIFICATE-----」から「-----END CERTIFICATE-----」までをすべてコピーし直すか、TSV から書き出し直してください。',
      en: 'Copy everything from "-----BEGIN CERTIFICATE-----" to "-----END CERTIFICATE-----" again, or export it from the TSV again.',
    },
    at(file, line),
  );
}

/** Which layer of the certificate was damaged, in words (the English keeps the reader's technical names). */
const CORRUPT_PART_TEXT: Readonly<Record<CorruptPart, LocalizedText>> = {
  base64: { ja: 'base64 の文字列が正しくありません', en: 'base64' },
  DER: { ja: 'DER の構造が正しくありません', en: 'DER' },
  'X.509': { ja: '証明書（X.509）として読めません', en: 'X.509' },
  'PKCS#7': { ja: 'PKCS#7 として読めません', en: 'PKCS#7' },
  'lines missing': { ja: '本文の行が欠けています', en: 'lines missing' },
  'unexpected content': { ja: '想定していない内容があります', en: 'unexpected content' },
};

/** `pem-corrupt` (error): the data is damaged beyond a safe repair. */
export function corruptFinding(file: string, line: number | null, what: CorruptPart, column: number | null = null): Finding {
  const part = CORRUPT_PART_TEXT[what];
  return makeFinding(
    'pem-corrupt',
    'error',
    { ja: `証明書のデータが壊れています（${part.ja}）。`, en: `The certificate data is damaged (${part.en}).` },
    { ja: 'TSV から証明書を書き出し直してください。', en: 'Export the certificate from the TSV again.' },
    at(file, line, column),
  );
}

/** `ber-certificate` (error): a certificate in BER (indefinite lengths), which RFC 5280 §4.1 forbids; not damaged, but not usable. */
export function berFinding(file: string, line: number | null): Finding {
  return makeFinding(
    'ber-certificate',
    'error',
    {
      ja: 'この証明書は DER ではなく BER（長さ不定形式）で符号化されています。RFC 5280 は DER を求めており、サーバやブラウザは受け付けません。',
      en: 'This certificate is encoded in BER (indefinite lengths), not DER; RFC 5280 requires DER, and servers and browsers refuse it.',
    },
    { ja: 'TSV から証明書を書き出し直してください（UPKI の証明書は DER です）。', en: 'Export the certificate from the TSV again (UPKI certificates are DER).' },
    at(file, line),
  );
}

/** `no-certificate-found` (error): nothing certificate-like at all. */
export function noCertificateFinding(file: string): Finding {
  return makeFinding(
    'no-certificate-found',
    'error',
    { ja: '証明書が見つかりませんでした。', en: 'No certificate was found.' },
    { ja: 'PEM (.crt/.pem)、DER (.cer/.der) または PKCS#7 (.p7b) の証明書ファイルを選んでください。', en: 'Choose a certificate file in PEM (.crt/.pem), DER (.cer/.der) or PKCS#7 (.p7b) form.' },
    at(file, null),
  );
}

/** `pkcs7-read` (info): certificates were taken out of a PKCS#7 bundle. */
export function pkcs7Finding(file: string, line: number | null, count: number): Finding {
  return makeFinding(
    'pkcs7-read',
    'info',
    { ja: `PKCS#7 ファイルから ${count} 枚の証明書を読み込みました。`, en: `Read ${count} certificate(s) from a PKCS#7 bundle.` },
    undefined,
    at(file, line),
  );
}

/** `input-over-limit` (error): a parser limit stopped the reading (a huge OID, deep nesting, too many certificates or SANs). */
export function overLimitFinding(file: string, line: number | null, exceeded: LimitExceeded): Finding {
  return makeFinding(
    'input-over-limit',
    'error',
    limitExceededText(exceeded),
    {
      ja: '正規の証明書ファイルではこの上限を超えることはありません。ファイルの出所を確かめ、必要な証明書だけのファイルにしてください。',
      en: 'A genuine certificate file never reaches this limit. Check where the file came from, and use a file holding only the certificates you need.',
    },
    at(file, line),
  );
}

/** The finding for one issue the certificate-file reader met. */
export function issueFinding(issue: CertificateFileIssue, file: string): Finding {
  switch (issue.kind) {
    case 'truncated':
      return truncatedFinding(file, issue.line);
    case 'corrupt':
      return corruptFinding(file, issue.line, issue.what, issue.column ?? null);
    case 'not-a-certificate':
      return notACertificateFinding(issue.derKind, file, issue.line, issue.label);
    case 'pkcs7-read':
      return pkcs7Finding(file, issue.line, issue.count);
    case 'ber-encoded':
      return berFinding(file, issue.line);
    case 'no-certificate':
      return noCertificateFinding(file);
    case 'over-limit':
      return overLimitFinding(file, issue.line, issue.exceeded);
  }
}

/** What each other kind of file is called. */
const OTHER_FILE_TEXT: Readonly<Record<OtherFileType, LocalizedText>> = {
  png: { ja: 'PNG 画像', en: 'a PNG image' },
  jpeg: { ja: 'JPEG 画像', en: 'a JPEG image' },
  gif: { ja: 'GIF 画像', en: 'a GIF image' },
  webp: { ja: 'WebP 画像', en: 'a WebP image' },
  'image-tiff': { ja: 'TIFF 画像', en: 'a TIFF image' },
  pdf: { ja: 'PDF 文書', en: 'a PDF document' },
  zip: { ja: 'ZIP 形式のファイル（Excel の .xlsx なども含む）', en: 'a ZIP file (which includes Excel .xlsx files)' },
  ole: { ja: 'Office 文書（Excel の .xls、Word の .doc、Outlook の .msg など）', en: 'an Office document (Excel .xls, Word .doc, Outlook .msg, …)' },
};

/** `not-a-certificate` (error): the file is an image, a PDF or an Office file, told by its first bytes. */
export function otherFileFinding(type: OtherFileType, file: string): Finding {
  const what = OTHER_FILE_TEXT[type];
  return makeFinding(
    'not-a-certificate',
    'error',
    { ja: `このファイルは ${what.ja}で、証明書ではありません。`, en: `This file is ${what.en}, not a certificate.` },
    isImageType(type)
      ? {
          ja: '証明書の画面を撮った画像からは証明書を取り出せません。証明書ファイル（.crt / .cer / .pem）か serverAll.tsv を開いてください。',
          en: 'A certificate cannot be taken from a picture of it. Open the certificate file (.crt / .cer / .pem) or serverAll.tsv.',
        }
      : {
          ja: '証明書ファイル（.crt / .cer / .pem / .p7b）か serverAll.tsv を開いてください。',
          en: 'Open the certificate file (.crt / .cer / .pem / .p7b) or serverAll.tsv.',
        },
    at(file, null),
  );
}
