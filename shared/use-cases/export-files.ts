import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { Lang, LocalizedText } from '../model/localized-text';
import type { CertificateFileFormat } from '../export/certificate-file';
import { inventoryCsv } from '../export/inventory-csv';
import { adminPlanMailText, groupByAdmin } from '../export/admin-plan';
import { expiryCalendar, type ExpiryCalendarOptions } from '../export/expiry-calendar';
import { safeFileName } from '../export/safe-file-name';
import type { CurrentMap } from '../query/current';
import { formatJstDate } from '../time/japan-time';
import { recordCertificateDer } from '../tsv/read-certificate-list';
import type { RequestKind, RequestRow } from '../request/request-format';
import { requestFileBytes, splitRequestRows } from '../request/write-request-files';
import { certificateExportFile, type ExportFile } from './certificate-export-files';

/**
 * Every file the app writes, named and encoded in one place for the desktop app, the web page and
 * the CLI alike: one certificate and its chain files (certificate-export-files.ts, re-exported
 * here), a folder of certificates, the inventory CSV, the calendar, the plan and the request files.
 */
export {
  certificateExportFile,
  certificateExportName,
  chainExportFile,
  chainExportFiles,
  chainExportName,
  type CertificateVariant,
  type ChainExportFile,
  type ExportFile,
  type ExportSubject,
} from './certificate-export-files';

/** `name` made unique among `taken` (compared without case, as Windows and macOS do) by `_2`, `_3`… before the extension. */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = safeFileName(`${stem}_${n}`, extension);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The certificate files of the given records, for a folder (records without a certificate are left out; two of one FQDN get `_2`). */
export function certificateExportFiles(list: CertificateList, indices: readonly number[], format: CertificateFileFormat): ExportFile[] {
  const taken = new Set<string>();
  const files: ExportFile[] = [];
  for (const index of indices) {
    const record = list.records[index];
    const der = record ? recordCertificateDer(list, record) : null;
    if (!record || !der) continue;
    const file = certificateExportFile(der, { record }, format);
    files.push({ name: uniqueName(file.name, taken), bytes: file.bytes });
  }
  return files;
}

const INVENTORY_STEM: LocalizedText = { ja: '証明書一覧', en: 'certificates' };
const CALENDAR_STEM: LocalizedText = { ja: '証明書の期限', en: 'certificate-expiry' };

const REQUEST_STEMS: Readonly<Record<RequestKind, LocalizedText>> = {
  issue: { ja: '新規発行申請', en: 'issue-request' },
  renew: { ja: '更新申請', en: 'renewal-request' },
  revoke: { ja: '失効申請', en: 'revocation-request' },
};

/** A request file to save, with how many requests it holds. */
export interface RequestExportFile extends ExportFile {
  readonly rows: number;
}

/**
 * The request files of built rows, named 失効申請_YYYYMMDD.tsv (revocation-request_YYYYMMDD.tsv) and
 * so on, dated in JST; past 99 rows the files are numbered _1, _2… in row order.
 */
export function requestExportFiles(kind: RequestKind, rows: readonly RequestRow[], lang: Lang, now: number): RequestExportFile[] {
  const parts = splitRequestRows(rows);
  return parts.map((part, index) => {
    const name = datedExportName(REQUEST_STEMS[kind], lang, now, 'tsv', parts.length === 1 ? '' : `_${index + 1}`);
    return { name, bytes: requestFileBytes(part), rows: part.length };
  });
}

/** A list export's name: the stem in `lang`, the JST date (YYYYMMDD), a suffix if any, and the extension. */
function datedExportName(stem: LocalizedText, lang: Lang, now: number, extension: string, suffix = ''): string {
  return safeFileName(`${stem[lang]}_${formatJstDate(now).replaceAll('/', '')}${suffix}`, extension);
}

/** The records at the given list positions, in that order (positions past the list are skipped). */
function recordsAt(list: CertificateList, indices: readonly number[]): CertificateRecord[] {
  return indices.map((index) => list.records[index]).filter((record) => record !== undefined);
}

/** The inventory file's name: 証明書一覧_YYYYMMDD.csv (certificates_YYYYMMDD.csv in English), dated in JST. */
export function inventoryExportName(lang: Lang, now: number): string {
  return datedExportName(INVENTORY_STEM, lang, now, 'csv');
}

/** The expiry calendar of the given records (shared/export/expiry-calendar), named 証明書の期限_YYYYMMDD.ics (certificate-expiry_YYYYMMDD.ics), dated in JST. */
export function calendarExportFile(list: CertificateList, indices: readonly number[], options: ExpiryCalendarOptions): ExportFile {
  const name = datedExportName(CALENDAR_STEM, options.lang, options.now, 'ics');
  return { name, bytes: new TextEncoder().encode(expiryCalendar(recordsAt(list, indices), options)) };
}

/** One administrator's part of the renewal plan: who, how many certificates, and the reminder mail. */
export interface AdminPlanMail {
  readonly mail: string;
  readonly name: string;
  readonly count: number;
  readonly text: string;
}

/**
 * The renewal plan of the given records per administrator (shared/export/admin-plan): the inventory
 * CSV ordered by administrator (soonest expiry first) and one reminder mail per administrator.
 */
export function adminPlanExport(list: CertificateList, current: CurrentMap, indices: readonly number[], lang: Lang, now: number): { csv: ExportFile; mails: AdminPlanMail[] } {
  const groups = groupByAdmin(recordsAt(list, indices));
  const csv = { name: inventoryExportName(lang, now), bytes: inventoryCsv(groups.flatMap((group) => group.records), { lang, now, current }) };
  const mails = groups.map((group) => ({ mail: group.mail, name: group.name, count: group.records.length, text: adminPlanMailText(group, { lang, now }) }));
  return { csv, mails };
}

/**
 * The inventory CSV of the given records, in that order (UTF-8 with BOM, see inventoryCsv).
 * Current/replaced roles come from the whole list, not only the rows shown.
 */
export function inventoryExportFile(list: CertificateList, current: CurrentMap, indices: readonly number[], lang: Lang, now: number): ExportFile {
  return { name: inventoryExportName(lang, now), bytes: inventoryCsv(recordsAt(list, indices), { lang, now, current }) };
}
