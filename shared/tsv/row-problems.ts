import { hasKeyMaterial, KEY_MATERIAL_NOTICE } from '../pki/keys/key-material';
import type { LocalizedText } from '../model/localized-text';
import { sourceLocation } from '../model/location';
import type { Problem, ProblemCode } from '../model/problem';

/** Where a cell is: its 1-based line and column and its header label in both languages. */
export interface CellPlace {
  readonly line: number;
  readonly column: number;
  /** The header label as written in the file. */
  readonly label: string;
  /** The English column name for known columns, else the label as written. */
  readonly labelEn: string;
}

// What is wrong with one cell, said once per code; where it is goes in the problem's location, never in the text.
const CELL_MESSAGES: Partial<Record<ProblemCode, (value: string) => LocalizedText>> = {
  'cell-invalid-date': (v) => ({ ja: `日時として読めません（「${v}」）`, en: `not a date-time ("${v}")` }),
  'cell-invalid-number': (v) => ({ ja: `数値として読めません（「${v}」）`, en: `not a number ("${v}")` }),
  'row-unclosed-quote': () => ({
    ja: '「"」で始まるセルが閉じていないため、「"」を文字として読みました',
    en: 'the cell opens a quote that is never closed; the quote was read as text',
  }),
  'row-invalid-encoding': (v) => ({
    ja: `文字コード ${v} として読めないバイトがあります（「\uFFFD」で表示）`,
    en: `some bytes are not valid ${v} (shown as \uFFFD)`,
  }),
  'certificate-invalid-base64': () => ({ ja: '証明書のBase64が壊れています', en: "the certificate's base64 is corrupt" }),
  'certificate-truncated': () => ({
    ja: '証明書が途中で切れています（PEMの END 行がないか、DERが途中までしかありません）',
    en: 'the certificate is cut short (no PEM END line, or the DER is shorter than its length says)',
  }),
  'certificate-not-a-certificate': () => ({ ja: '証明書ではないデータです', en: 'the cell does not hold an X.509 certificate' }),
  'certificate-undecodable': () => ({ ja: '証明書として解析できません', en: 'the certificate could not be decoded' }),
  'certificate-over-limit': () => ({ ja: '証明書が読み取りの上限を超えています', en: 'the certificate is over a reading limit' }),
};

/** What a certificate cell held instead of a certificate, judged from its DER shape (classifyDer). */
export type ForeignCellContent = 'private-key' | 'csr' | 'crl' | 'pkcs7' | 'public-key';

// Say what was pasted, so staff know what to fix; a key's content is never quoted (only its kind).
const FOREIGN_CONTENT_MESSAGES: Record<ForeignCellContent, LocalizedText> = {
  'private-key': {
    ja: '証明書の欄に秘密鍵が貼り付けられています（内容は表示しません）。秘密鍵は他人に渡さず、証明書を貼り直してください',
    en: 'a private key was pasted where the certificate belongs (its content is not shown); keep the key private and paste the certificate instead',
  },
  csr: {
    ja: '証明書の欄に CSR（証明書署名要求）が入っています。発行された証明書ではありません',
    en: 'the cell holds a CSR (certificate signing request), not the issued certificate',
  },
  crl: { ja: '証明書の欄に CRL（失効リスト）が入っています', en: 'the cell holds a CRL (certificate revocation list), not a certificate' },
  pkcs7: {
    ja: '証明書の欄に PKCS#7（.p7b）の束が入っています。証明書単体を貼ってください',
    en: 'the cell holds a PKCS#7 (.p7b) bundle; paste the certificate on its own',
  },
  'public-key': { ja: '証明書の欄に公開鍵だけが入っています', en: 'the cell holds a bare public key, not a certificate' },
};

/** The sentence for a certificate cell that holds another kind of PKI object. */
export function foreignContentMessage(content: ForeignCellContent): LocalizedText {
  return FOREIGN_CONTENT_MESSAGES[content];
}

const CERTIFICATE_CODES: ReadonlySet<ProblemCode> = new Set<ProblemCode>([
  'certificate-invalid-base64',
  'certificate-truncated',
  'certificate-not-a-certificate',
  'certificate-undecodable',
  'certificate-over-limit',
]);

/** Shortens a cell value for a message (long cells are certificates or free text). */
function excerpt(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
}

/**
 * A problem in one cell (with the code's standard sentence, or `message` when given), located at its
 * line, column and header label. Certificate problems are errors (that certificate is unusable); the rest are warnings.
 */
export function cellProblem(file: string, code: ProblemCode, place: CellPlace, value = '', message?: LocalizedText): Problem {
  const hasKey = hasKeyMaterial(value);
  // A private key in the cell is named, never quoted.
  const standard = (CELL_MESSAGES[code] ?? (() => ({ ja: code, en: code })))(hasKey ? '…' : excerpt(value));
  const what = message ?? (hasKey ? { ja: `${standard.ja} ${KEY_MATERIAL_NOTICE.ja}`, en: `${standard.en} ${KEY_MATERIAL_NOTICE.en}` } : standard);
  return {
    code,
    severity: CERTIFICATE_CODES.has(code) ? 'error' : 'warning',
    location: sourceLocation({ file, line: place.line, column: place.column, columnLabel: { ja: place.label, en: place.labelEn } }),
    message: what,
  };
}

/** A warning about a whole row or the header (no single column), located at its line. */
export function lineProblem(file: string, code: ProblemCode, line: number, what: LocalizedText): Problem {
  return { code, severity: 'warning', location: sourceLocation({ file, line }), message: what };
}

/** A problem with the whole file (nothing could be read), located at the file. */
export function fileProblem(file: string, code: ProblemCode, what: LocalizedText): Problem {
  return { code, severity: 'error', location: sourceLocation({ file }), message: what };
}
