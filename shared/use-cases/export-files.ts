import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Lang, LocalizedText } from '../model/localized-text';
import type { NamedBytes } from '../model/named-bytes';
import { certificateFileBytes, certificateFileExtension, type CertificateFileFormat } from '../export/certificate-file';
import { certificateFileName, hostFileName } from '../export/certificate-file-name';
import { chainFileBytes } from '../export/chain-files';
import { inventoryCsv } from '../export/inventory-csv';
import { adminPlanMailText, groupByAdmin } from '../export/admin-plan';
import { expiryCalendar, type ExpiryCalendarOptions } from '../export/expiry-calendar';
import { safeFileName } from '../export/safe-file-name';
import { isExportablePath, type ChainLink, type ChainPath } from '../pki/chain/build-chain-path';
import type { ChainFileKind } from '../pki/chain/chain-file-certificates';
import type { CurrentMap } from '../query/current';
import { formatJstDate } from '../time/japan-time';
import { recordCertificateDer } from '../tsv/read-certificate-list';
import type { RequestKind, RequestRow } from '../request/request-format';
import { requestFileBytes, splitRequestRows } from '../request/write-request-files';

/**
 * Every file the app writes, named and encoded in one place for the desktop app, the web page and
 * the CLI alike: one certificate (.crt PEM with LF or CRLF, .cer DER), its chain files
 * (.chain.crt, .fullchain.crt, .p7b), a folder of certificates, and the inventory CSV.
 */

/** A file to save: a safe name (one path segment; see safeFileName) and its bytes. */
export type ExportFile = NamedBytes;

/** A chain file to save, with its kind. */
export interface ChainExportFile extends ExportFile {
  readonly kind: ChainFileKind;
}

/** The certificate file variants: PEM with LF, PEM with CRLF (old Windows tools), or DER. */
export type CertificateVariant = 'pem' | 'pem-crlf' | 'der';

/**
 * What a certificate's files are named after: `host` when one was asked for (the CLI's --fqdn),
 * else the TSV row's FQDN, else the certificate's CN or first SAN (see certificateFileName).
 */
export interface ExportSubject {
  readonly record?: CertificateRecord | null;
  readonly summary?: CertificateSummary | null;
  readonly host?: string | null;
}

/** The file name of a certificate file: `www.example.ac.jp.crt`, `wildcard.lab.example.ac.jp.cer`. */
export function certificateExportName(subject: ExportSubject, format: CertificateFileFormat): string {
  const extension = certificateFileExtension(format);
  if (subject.host) return hostFileName(subject.host, extension);
  const source = subject.record ?? subject.summary;
  return source ? certificateFileName(source, extension) : safeFileName('certificate', extension);
}

/** One certificate file of the given variant. */
export function certificateExportFile(der: Uint8Array, subject: ExportSubject, variant: CertificateVariant): ExportFile {
  const format: CertificateFileFormat = variant === 'der' ? 'der' : 'pem';
  return { name: certificateExportName(subject, format), bytes: certificateFileBytes(der, { format, lineEnding: variant === 'pem-crlf' ? 'crlf' : 'lf' }) };
}

/** The name of a chain file beside the certificate file: `www.example.ac.jp.chain.crt`, `.fullchain.crt`, `.p7b`. */
export function chainExportName(subject: ExportSubject, kind: ChainFileKind): string {
  const stem = certificateExportName(subject, 'pem').replace(/\.crt$/, '');
  return kind === 'p7b' ? safeFileName(stem, 'p7b') : safeFileName(`${stem}.${kind}`, 'crt');
}

/** One chain file: PEM (LF or CRLF) for `chain` and `fullchain`, DER PKCS#7 for `p7b`. */
export function chainExportFile(chain: ChainPath | readonly ChainLink[], subject: ExportSubject, kind: ChainFileKind, lineEnding: '\n' | '\r\n' = '\n'): ChainExportFile {
  return { kind, name: chainExportName(subject, kind), bytes: chainFileBytes(chain, kind, lineEnding) };
}

const CHAIN_KINDS: readonly ChainFileKind[] = ['chain', 'fullchain', 'p7b'];

/**
 * Every chain file of a chain that has an intermediate to put in them and, for a built path, that
 * validates (isExportablePath); none otherwise (a root-issued, unbuilt or failing chain).
 */
export function chainExportFiles(chain: ChainPath | readonly ChainLink[], subject: ExportSubject): ChainExportFile[] {
  const links = 'links' in chain ? chain.links : chain;
  if ('links' in chain && !isExportablePath(chain)) return [];
  if (!links.some((link) => link.role === 'intermediate')) return [];
  return CHAIN_KINDS.map((kind) => chainExportFile(chain, subject, kind));
}

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
