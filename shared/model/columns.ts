import type { LocalizedText } from './localized-text';

/**
 * The 46 columns of serverAll.tsv, in file order, with the Japanese header label the file carries
 * and the English label the UI shows. Source: docs/list-format.md, "The 46 columns".
 * Columns are located by label; the position here is only the fallback when a label is missing.
 */
export const SERVER_COLUMNS = [
  { key: 'applicationId', ja: '発行・更新申請-申請ID', en: 'Application ID' },
  { key: 'operationId', ja: '発行・更新申請-操作ID', en: 'Operation ID' },
  { key: 'ignoreInvalidRecord', ja: 'ignoreInvalidRecordフラグ', en: 'ignoreInvalidRecord flag' },
  { key: 'subjectDn', ja: '主体者DN', en: 'Subject DN' },
  { key: 'domainId', ja: 'ドメインID', en: 'Domain ID' },
  { key: 'submittedAt', ja: '発行・更新申請-日時', en: 'Submitted at' },
  { key: 'completedAt', ja: '発行・更新申請-処理完了日時', en: 'Completed at' },
  { key: 'registrarId', ja: '発行・更新申請-登録担当者ID', en: 'Registration staff ID' },
  { key: 'applicationType', ja: '申請種別', en: 'Application type' },
  { key: 'businessModel', ja: '業務モデル', en: 'Business model' },
  { key: 'profileId', ja: '証明書プロファイルID', en: 'Certificate profile ID' },
  { key: 'status', ja: '状態', en: 'Status' },
  { key: 'adminName', ja: '利用管理者氏名', en: 'Administrator name' },
  { key: 'adminAffiliation', ja: '利用管理者所属', en: 'Administrator affiliation' },
  { key: 'adminMail', ja: '利用管理者mail', en: 'Administrator mail' },
  { key: 'fqdn', ja: '利用管理者FQDN', en: 'FQDN' },
  { key: 'software', ja: '利用管理者ソフトウェア名・バージョン', en: 'Server software and version' },
  { key: 'csr', ja: 'CSR', en: 'CSR' },
  { key: 'dnsNames', ja: 'dNSName', en: 'dNSName' },
  { key: 'confirmationFlag', ja: '発行・更新申請-確認項目フラグ', en: 'Confirmation flag' },
  { key: 'transactionId', ja: '発行・更新申請-トランザクションID', en: 'Transaction ID' },
  { key: 'caApiErrorCode', ja: '発行・更新申請-認証局連携APIエラーコード', en: 'CA API error code' },
  { key: 'certificate', ja: '発行・更新申請-証明書', en: 'Certificate' },
  { key: 'serialNumber', ja: '発行・更新申請-シリアル番号', en: 'Serial number' },
  { key: 'fingerprint', ja: '発行・更新申請-FingerPrint', en: 'Fingerprint' },
  { key: 'notBefore', ja: '発行・更新申請-証明書有効開始', en: 'Valid from' },
  { key: 'notAfter', ja: '発行・更新申請-証明書有効期限', en: 'Valid until' },
  { key: 'urlExpiresAt', ja: 'URL期限', en: 'Download URL expires' },
  { key: 'accessPin', ja: 'アクセスPIN', en: 'Access PIN' },
  { key: 'otherAddress1', ja: 'その他送信先アドレス', en: 'Other recipient address' },
  { key: 'otherAddress2', ja: 'その他送信先アドレス2', en: 'Other recipient address 2' },
  { key: 'revocationApplicationId', ja: '失効申請-申請ID', en: 'Revocation application ID' },
  { key: 'revocationOperationId', ja: '失効申請-操作ID', en: 'Revocation operation ID' },
  { key: 'revocationRequestedAt', ja: '失効申請-日時', en: 'Revocation requested at' },
  { key: 'revocationCompletedAt', ja: '失効申請-処理完了日時', en: 'Revocation completed at' },
  { key: 'revocationRegistrarId', ja: '失効申請-登録担当者ID', en: 'Revocation registration staff ID' },
  { key: 'revocationReasonCode', ja: '失効申請-失効理由コード', en: 'Revocation reason code' },
  { key: 'revocationReasonComment', ja: '失効申請-失効理由コメント', en: 'Revocation reason comment' },
  { key: 'revocationConfirmationFlag', ja: '失効申請-確認項目フラグ', en: 'Revocation confirmation flag' },
  { key: 'revocationTransactionId', ja: '失効申請-トランザクションID', en: 'Revocation transaction ID' },
  { key: 'revocationCaApiErrorCode', ja: '失効申請-認証局連携APIエラーコード', en: 'Revocation CA API error code' },
  { key: 'revocationAdminMail', ja: '失効申請-利用管理者mail', en: 'Revocation administrator mail' },
  { key: 'previousSerial', ja: '旧証明書シリアル番号', en: 'Previous certificate serial' },
  { key: 'replaceMailFlag', ja: '証明書リプレース依頼メール送信フラグ', en: 'Replacement request mail sent' },
  { key: 'downloadMethod', ja: 'ダウンロード方法', en: 'Download method' },
  { key: 'lastUpdatedAt', ja: '最終更新日', en: 'Last updated' },
] as const;

/** The stable key of a known column. */
export type ColumnKey = (typeof SERVER_COLUMNS)[number]['key'];

/** A known column's definition: key, Japanese header label, English label. */
export type ColumnDefinition = (typeof SERVER_COLUMNS)[number];

/** Columns whose value is a secret and is masked by default (UI, CLI, CSV). */
export const SECRET_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['accessPin']);

/** What every front end shows instead of a secret. */
export const SECRET_MASK = '****';

/** A secret cell as shown: masked unless the user asks; an empty cell stays empty (nothing to hide). */
export function maskSecret(value: string, show: boolean): string {
  return value === '' || show ? value : SECRET_MASK;
}

const DEFINITION_BY_KEY: ReadonlyMap<ColumnKey, ColumnDefinition> = new Map(SERVER_COLUMNS.map((definition) => [definition.key, definition]));

/**
 * A column's label in both languages: in Japanese the header as written in the file (as staff know
 * it from the TSV), in English the known column's English name; an unknown column keeps its header.
 */
export function columnLabel(column: { readonly key: ColumnKey | null; readonly label: string }): LocalizedText {
  const definition = column.key === null ? undefined : DEFINITION_BY_KEY.get(column.key);
  return { ja: column.label, en: definition?.en ?? column.label };
}

/**
 * Header labels (normalised: no spaces, lower case) that only clientAll.tsv carries; seeing one marks the
 * file as a client list. Source: docs/list-format.md, "Client lists".
 */
export const CLIENT_ONLY_LABEL_HINTS: readonly string[] = ['利用者氏名', '利用者mail', 'p12'];

/**
 * Columns that clientAll.tsv shares with serverAll.tsv at the same position (1, 4, 6, 12, 24, 27, 28),
 * the only ones a client list may place by position when their label is missing.
 */
export const CLIENT_POSITIONAL_COLUMNS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'applicationId',
  'subjectDn',
  'submittedAt',
  'status',
  'serialNumber',
  'notAfter',
  'urlExpiresAt',
]);
