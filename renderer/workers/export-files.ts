import type { CertificateList } from '../../shared/model/certificate-list';
import type { Lang } from '../../shared/model/localized-text';
import { certificateFileBytes, certificateFileExtension } from '../../shared/export/certificate-file';
import { certificateFileName } from '../../shared/export/certificate-file-name';
import { inventoryCsv } from '../../shared/export/inventory-csv';
import { safeFileName } from '../../shared/export/safe-file-name';
import type { CurrentMap } from '../../shared/query/current';
import { formatJstDate } from '../../shared/time/japan-time';
import { recordCertificateDer } from '../../shared/tsv/read-certificate-list';
import type { ExportFile } from './list-protocol';

/** `name` made unique among `taken` by a `_2`, `_3`… before the extension (two certificates of one FQDN in one folder). */
export function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ''];
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = safeFileName(`${stem}_${n}`, extension);
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** The certificate files of the given records (records without a certificate are left out), named by shared/export. */
export function certificateExportFiles(list: CertificateList, indices: readonly number[], format: 'pem' | 'der'): ExportFile[] {
  const taken = new Set<string>();
  const files: ExportFile[] = [];
  for (const index of indices) {
    const record = list.records[index];
    const der = record ? recordCertificateDer(list, record) : null;
    if (!record || !der) continue;
    const name = uniqueName(certificateFileName(record, certificateFileExtension(format)), taken);
    files.push({ name, bytes: certificateFileBytes(der, { format, lineEnding: 'lf' }) });
  }
  return files;
}

/** The inventory file's name: 証明書一覧_YYYYMMDD.csv (certificates_YYYYMMDD.csv in English), dated in JST. */
export function inventoryFileName(lang: Lang, now: number): string {
  const date = formatJstDate(now).replaceAll('/', '');
  return safeFileName(`${lang === 'ja' ? '証明書一覧' : 'certificates'}_${date}`, 'csv');
}

/**
 * The inventory CSV of the given records, in that order (UTF-8 with BOM, by shared/export's
 * inventoryCsv). Current/replaced roles come from the whole list, not only the rows shown.
 */
export function inventoryFile(list: CertificateList, current: CurrentMap, indices: readonly number[], lang: Lang, now: number): ExportFile {
  const records = indices.map((index) => list.records[index]).filter((record) => record !== undefined);
  return { name: inventoryFileName(lang, now), bytes: inventoryCsv(records, { lang, now, current }) };
}
