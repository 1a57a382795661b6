import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import type { Finding } from '../model/finding';
import { adviseWithFile } from '../diagnostics/file-context-advice';
import { makeFinding, sortFindings } from '../diagnostics/make-finding';
import { rowStateFindings } from '../diagnostics/row-state-findings';
import type { ColumnKey } from '../model/columns';
import type { CurrentMap } from '../query/current';
import { checkCurrent, type CurrentCheck } from '../query/not-current';
import { recordCertificateDer } from '../tsv/read-certificate-list';
import { buildCertificateReport, recordFindings, type CertificateReport } from './certificate-report';

/** What every front end says about one row: its certificate's report, every finding (errors first) and the current-certificate check. */
export interface RecordReport {
  readonly certificate: CertificateReport | null;
  /** The certificate's findings and the row's own, errors first. */
  readonly findings: readonly Finding[];
  readonly currentCheck: CurrentCheck;
}

/** Options of reportRecord: the instant to judge at (epoch ms), the user's CA files, the expiring window in days. */
export interface RecordReportOptions {
  readonly now: number;
  readonly extraCas?: readonly Uint8Array[];
  readonly expiringWithinDays?: number;
}

/** Reports one row of `list` with the same rules in the desk and the CLI's `show`. Never throws. */
export async function reportRecord(list: CertificateList, current: CurrentMap, record: CertificateRecord, options: RecordReportOptions): Promise<RecordReport> {
  const { now } = options;
  const der = recordCertificateDer(list, record);
  const currentCheck = checkCurrent(list.records, current, record.index, now);
  const certificate = der
    ? await buildCertificateReport({
        der,
        now,
        record,
        extraCas: options.extraCas ?? [],
        ...(options.expiringWithinDays !== undefined ? { expiringWithinDays: options.expiringWithinDays } : {}),
      })
    : null;
  const cell = (key: ColumnKey): string => {
    const column = list.columns.find((candidate) => candidate.key === key);
    return column ? (record.cells[column.index] ?? '').trim() : '';
  };
  const rowState = rowStateFindings({ record, now, caApiErrorCode: cell('caApiErrorCode'), revocationCaApiErrorCode: cell('revocationCaApiErrorCode') });
  const findings = [...readingFindings(list, record), ...(certificate?.findings ?? []), ...recordFindings(record, list), ...rowState];
  return { certificate, findings: sortFindings(adviseWithFile(findings, currentCheck)), currentCheck };
}

/** The problems met reading this row (a corrupt or cut certificate cell, a bad date…), each with its line, column and cause. */
function readingFindings(list: CertificateList, record: CertificateRecord): Finding[] {
  return list.problems
    .filter((problem) => problem.location.line === record.line)
    .map((problem) => makeFinding('row-unreadable', problem.severity, problem.message, undefined, problem.location));
}
