import type { CertificateRecord } from '../model/certificate-record';
import { maskSecret } from '../model/columns';
import { withoutKeyMaterial } from '../pki/keys/key-material';
import type { Lang } from '../model/localized-text';
import { findCurrentCertificates, type CurrentMap, type CurrentRole } from '../query/current';
import { formatJst } from '../time/japan-time';
import { classifyRecord, recordSerial, type RecordState } from '../query/record-state';
import { recordSerialHex } from '../query/search-fields';
import { currentRoleLabel, recordStateLabel } from '../query/state-label';
import { csvBytes, type CsvCell } from './csv';

/** Options of inventoryCsv; `now` is epoch ms (for state and days left). */
export interface InventoryCsvOptions {
  readonly lang: Lang;
  /** Write the access PIN in clear; masked as "****" by default. */
  readonly includeSecrets?: boolean;
  readonly now: number;
  /** A precomputed findCurrentCertificates over the WHOLE list (roles depend on rows the filter may hide). */
  readonly current?: CurrentMap;
}

/** What a column's value function can see. */
interface RowContext {
  readonly record: CertificateRecord;
  readonly options: InventoryCsvOptions;
  readonly state: RecordState;
  readonly daysLeft: number | null;
  readonly role: CurrentRole;
}


const COLUMNS: readonly { readonly ja: string; readonly en: string; readonly value: (row: RowContext) => CsvCell }[] = [
  { ja: '申請ID', en: 'Application ID', value: ({ record }) => record.applicationId },
  { ja: 'FQDN', en: 'FQDN', value: ({ record }) => record.fqdn },
  { ja: 'コモンネーム', en: 'Common name', value: ({ record }) => record.certificate?.commonName ?? '' },
  { ja: 'SAN dNSName', en: 'SAN dNSName', value: ({ record }) => (record.certificate?.dnsNames ?? record.dnsNameColumn).join(' ') },
  { ja: '状況', en: 'State', value: ({ state, options }) => recordStateLabel(state)[options.lang] },
  { ja: '現行', en: 'Current', value: ({ role, options }) => currentRoleLabel(role)[options.lang] },
  { ja: '残り日数', en: 'Days left', value: ({ daysLeft }) => daysLeft },
  { ja: '状態コード', en: 'Status code', value: ({ record }) => record.status },
  { ja: '状態', en: 'Status', value: ({ record, options }) => record.statusLabel[options.lang] },
  { ja: 'プロファイル', en: 'Profile', value: ({ record, options }) => record.profileLabel[options.lang] },
  { ja: 'シリアル番号', en: 'Serial number', value: ({ record }) => recordSerial(record) },
  { ja: 'シリアル番号(16進)', en: 'Serial number (hex)', value: ({ record }) => recordSerialHex(record) },
  { ja: '有効開始 (JST)', en: 'Valid from (JST)', value: ({ record }) => formatJst(record.certificate?.notBefore ?? record.tsvNotBefore) },
  { ja: '有効期限 (JST)', en: 'Valid until (JST)', value: ({ record }) => formatJst(record.certificate?.notAfter ?? record.tsvNotAfter) },
  { ja: '失効日時 (JST)', en: 'Revoked at (JST)', value: ({ record }) => formatJst(record.revocation?.completedAt ?? null) },
  { ja: '旧証明書シリアル番号', en: 'Previous serial', value: ({ record }) => record.previousSerial },
  { ja: '発行者', en: 'Issuer', value: ({ record }) => record.certificate?.issuerDn ?? '' },
  { ja: '鍵', en: 'Key', value: ({ record }) => keyText(record) },
  { ja: 'SHA-256', en: 'SHA-256', value: ({ record }) => record.certificate?.sha256 ?? '' },
  { ja: '主体者DN', en: 'Subject DN', value: ({ record }) => record.subjectDn },
  { ja: '利用管理者氏名', en: 'Administrator name', value: ({ record }) => record.adminName },
  { ja: '利用管理者所属', en: 'Administrator affiliation', value: ({ record }) => record.adminAffiliation },
  { ja: '利用管理者mail', en: 'Administrator mail', value: ({ record }) => record.adminMail },
  { ja: 'URL期限 (JST)', en: 'Download URL expires (JST)', value: ({ record }) => formatJst(record.urlExpiresAt) },
  {
    ja: 'アクセスPIN',
    en: 'Access PIN',
    value: ({ record, options }) => maskSecret(record.accessPin, options.includeSecrets === true),
  },
  { ja: '行', en: 'Line', value: ({ record }) => record.line },
];

/** A text cell as exported: itself, or the key-material notice (with the row's line) when it holds a private key. */
function withoutKeyMaterialCell(cell: CsvCell, lang: Lang, line: number): CsvCell {
  return typeof cell === 'string' ? withoutKeyMaterial(cell, lang, { line, column: null }) : cell;
}

function keyText(record: CertificateRecord): string {
  const certificate = record.certificate;
  if (!certificate) return '';
  const size = certificate.curve ?? (certificate.keySize === null ? '' : String(certificate.keySize));
  return size === '' ? certificate.keyAlgorithm : `${certificate.keyAlgorithm} ${size}`;
}

/**
 * The records (e.g. the filtered list) as a CSV inventory: one header row in `lang`, one row per
 * record, UTF-8 with BOM and CRLF so Excel opens it as is, formula cells neutralised, the access PIN
 * masked unless `includeSecrets`, private-key material replaced by a notice.
 */
export function inventoryCsv(records: readonly CertificateRecord[], options: InventoryCsvOptions): Uint8Array {
  // Without a map of the whole list, roles are worked out among the given records (by position).
  const local = options.current ? null : findCurrentCertificates(records, options.now);
  const rows: CsvCell[][] = [COLUMNS.map((column) => column[options.lang])];
  records.forEach((record, position) => {
    const { state, daysLeft } = classifyRecord(record, options.now);
    const role = (local ? local.byRecord[position]?.role : options.current?.byRecord[record.index]?.role) ?? null;
    const row: RowContext = { record, options, state, daysLeft, role };
    // A field holding a private key is never exported: the notice says what and where instead.
    rows.push(COLUMNS.map((column) => withoutKeyMaterialCell(column.value(row), options.lang, record.line)));
  });
  return csvBytes(rows);
}
