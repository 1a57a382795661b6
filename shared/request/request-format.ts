import type { LocalizedText } from '../model/localized-text';
import { CRL_REASONS } from '../pki/crl-reasons';

/**
 * The request files (申請TSV) NII's system takes for server certificates, as data: the 13 columns,
 * which kind fills which, their lengths and character classes (docs/request-files.md).
 */

/** 新規発行, 更新, 失効. */
export type RequestKind = 'issue' | 'renew' | 'revoke';

export const REQUEST_KINDS: readonly RequestKind[] = ['issue', 'renew', 'revoke'];

/** The columns in file order. */
export const REQUEST_FIELDS = [
  'subjectDn',
  'profileId',
  'acmeAccount',
  'serial',
  'reason',
  'reasonComment',
  'csr',
  'adminName',
  'adminAffiliation',
  'adminMail',
  'fqdn',
  'software',
  'dnsNames',
] as const;

export type RequestField = (typeof REQUEST_FIELDS)[number];

/** One request: every column's text, empty where the kind leaves it empty. */
export type RequestRow = Readonly<Record<RequestField, string>>;

export const REQUEST_COLUMN_COUNT = REQUEST_FIELDS.length;

/** NII takes at most this many requests in one file; a longer batch becomes several files. */
export const MAX_REQUESTS_PER_FILE = 99;

/** At most this many dNSName entries in column 13. */
export const MAX_DNS_NAMES = 8;

type Use = 'required' | 'optional' | 'empty';

/** What one column holds: its label, which kinds fill it, its maximum length, and whether it is half-width only. */
export interface ColumnRule {
  readonly label: LocalizedText;
  readonly use: Readonly<Record<RequestKind, Use>>;
  readonly maxLength: number | null;
  /** 半角 only: ASCII letters, digits and symbols. The others (全角・半角) may hold Japanese text. */
  readonly halfWidth: boolean;
}

const use = (issue: Use, renew: Use, revoke: Use): Readonly<Record<RequestKind, Use>> => ({ issue, renew, revoke });

export const COLUMN_RULES: Readonly<Record<RequestField, ColumnRule>> = {
  subjectDn: { label: { ja: '主体者DN', en: 'subject DN' }, use: use('required', 'required', 'required'), maxLength: 250, halfWidth: true },
  profileId: { label: { ja: '証明書プロファイルID', en: 'certificate profile ID' }, use: use('required', 'required', 'empty'), maxLength: null, halfWidth: true },
  acmeAccount: { label: { ja: '（ACME 用・空欄）', en: '(ACME only, empty)' }, use: use('empty', 'empty', 'empty'), maxLength: null, halfWidth: true },
  serial: { label: { ja: '失効対象証明書シリアル番号', en: 'serial of the certificate to revoke' }, use: use('empty', 'required', 'required'), maxLength: 50, halfWidth: true },
  reason: { label: { ja: '失効理由', en: 'revocation reason' }, use: use('empty', 'empty', 'required'), maxLength: null, halfWidth: true },
  reasonComment: { label: { ja: '失効理由コメント', en: 'revocation comment' }, use: use('empty', 'empty', 'optional'), maxLength: 128, halfWidth: false },
  csr: { label: { ja: 'CSR', en: 'CSR' }, use: use('required', 'required', 'empty'), maxLength: 2048, halfWidth: true },
  adminName: { label: { ja: '利用管理者氏名', en: 'administrator name' }, use: use('optional', 'optional', 'empty'), maxLength: 64, halfWidth: false },
  adminAffiliation: { label: { ja: '利用管理者所属', en: 'administrator department' }, use: use('optional', 'optional', 'empty'), maxLength: 64, halfWidth: false },
  adminMail: { label: { ja: '利用管理者mail', en: 'administrator mail' }, use: use('required', 'required', 'optional'), maxLength: 78, halfWidth: true },
  fqdn: { label: { ja: '利用管理者FQDN', en: 'FQDN' }, use: use('required', 'required', 'empty'), maxLength: 64, halfWidth: true },
  software: { label: { ja: 'ソフトウェア名・バージョン', en: 'server software and version' }, use: use('required', 'required', 'empty'), maxLength: 128, halfWidth: false },
  dnsNames: { label: { ja: 'dNSName', en: 'dNSName' }, use: use('optional', 'optional', 'empty'), maxLength: 250, halfWidth: true },
};

/** The 1-based column number of a field. */
export function columnNumber(field: RequestField): number {
  return REQUEST_FIELDS.indexOf(field) + 1;
}

/** "列 7 (CSR)" / "column 7 (CSR)": how every message names a column. */
export function columnName(field: RequestField): LocalizedText {
  const { label } = COLUMN_RULES[field];
  return { ja: `${columnNumber(field)} 列目（${label.ja}）`, en: `column ${columnNumber(field)} (${label.en})` };
}

/** The key a profile needs (3: RSA 2048 with SHA-256, 11: ECDSA P-384 with SHA-384). */
export const PROFILE_KEYS: Readonly<Record<string, { readonly algorithm: 'RSA' | 'EC'; readonly size: number; readonly label: string }>> = {
  '3': { algorithm: 'RSA', size: 2048, label: 'RSA 2048' },
  '11': { algorithm: 'EC', size: 384, label: 'ECDSA P-384' },
};

/** The revocation reasons a request may carry (0, 1, 3, 4, 5) with NII's words. */
export const REQUEST_REASONS = CRL_REASONS.filter((reason) => reason.requestable);

/** The reason that needs an explicit confirmation: a leaked (or possibly leaked) key. */
export const KEY_COMPROMISE_REASON = 1;

/** The reason whose comment this app asks for (NII's notes are unclear whether it is required; asking is the safe side). */
export const REASON_NEEDING_COMMENT = 0;

/** An empty row, to fill in. */
export function emptyRequestRow(): Record<RequestField, string> {
  return Object.fromEntries(REQUEST_FIELDS.map((field) => [field, ''])) as Record<RequestField, string>;
}

/** The row's columns in file order. */
export function requestRowFields(row: RequestRow): string[] {
  return REQUEST_FIELDS.map((field) => row[field]);
}

/** A row from the columns of a line (missing ones empty, extra ones ignored: the format check reports both). */
export function requestRowOf(columns: readonly string[]): RequestRow {
  const row = emptyRequestRow();
  REQUEST_FIELDS.forEach((field, index) => {
    row[field] = columns[index] ?? '';
  });
  return row;
}

/**
 * Which kind a row is, by the columns it fills: a reason, or a serial without a CSR, is a
 * revocation; a serial with a CSR a renewal; otherwise an issue.
 */
export function requestKindOfRow(row: RequestRow): RequestKind {
  if (row.reason.trim() !== '' || (row.serial.trim() !== '' && row.csr.trim() === '')) return 'revoke';
  return row.serial.trim() !== '' ? 'renew' : 'issue';
}

export const REQUEST_KIND_LABELS: Readonly<Record<RequestKind, LocalizedText>> = {
  issue: { ja: '新規発行申請', en: 'issue request' },
  renew: { ja: '更新申請', en: 'renewal request' },
  revoke: { ja: '失効申請', en: 'revocation request' },
};
