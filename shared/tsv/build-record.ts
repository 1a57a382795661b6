import type { ColumnInfo } from '../model/certificate-list';
import type { CertificateRecord, RevocationInfo } from '../model/certificate-record';
import type { LocalizedText } from '../model/localized-text';
import type { Problem, ProblemCode } from '../model/problem';
import { SERVER_COLUMNS, type ColumnKey } from '../model/columns';
import { crlReasonLabel } from '../pki/crl-reasons';
import { isExcelScientific, serialTextToDecimal } from '../pki/serial';
import { parseJstDateTime } from '../time/japan-time';
import { profileLabel } from './profile-label';
import { withCellsAsBytes } from './lazy-cells';
import type { LogicalRow } from './quote-merge';
import { cellProblem, type CellPlace } from './row-problems';
import { splitDnsNameColumn } from './split-dns-name-column';
import { statusLabel } from './status-label';

/** A record while it is being built: the certificate summary is filled in after the row. */
export type RecordDraft = { -readonly [K in keyof CertificateRecord]: CertificateRecord[K] };

/** What every row of one file shares: the file name, its columns and where each known column is. */
export interface RecordContext {
  readonly fileName: string;
  readonly columns: readonly ColumnInfo[];
  /** For each known column, in SERVER_COLUMNS order, its 0-based position in the file or -1. */
  readonly positions: Int32Array;
  /** English names of the file's columns (known columns' English label, else the label as written). */
  readonly labelsEn: readonly string[];
}

const INDEX_OF_KEY = new Map<ColumnKey, number>(SERVER_COLUMNS.map((definition, index) => [definition.key, index]));
const INTEGER = /^[+-]?\d+$/;

// Revocation columns 32–42. A flag or error-code cell holding "0" says nothing happened, so it alone
// does not make a revocation.
const REVOCATION_KEYS: readonly ColumnKey[] = [
  'revocationApplicationId',
  'revocationOperationId',
  'revocationRequestedAt',
  'revocationCompletedAt',
  'revocationRegistrarId',
  'revocationReasonCode',
  'revocationReasonComment',
  'revocationConfirmationFlag',
  'revocationTransactionId',
  'revocationCaApiErrorCode',
  'revocationAdminMail',
];
const ZERO_MEANS_NONE: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['revocationConfirmationFlag', 'revocationCaApiErrorCode']);

/** The 0-based position of a known column in this file, or -1 when the file lacks it. */
export function positionOf(context: RecordContext, key: ColumnKey): number {
  return context.positions[INDEX_OF_KEY.get(key)!]!;
}

/** Where the cell at `position` of a row is, for messages. */
export function placeOf(context: RecordContext, row: LogicalRow, position: number): CellPlace {
  return {
    line: row.cellLines?.[position] ?? row.line,
    column: position + 1,
    label: context.columns[position]?.label ?? '',
    labelEn: context.labelsEn[position] ?? '',
  };
}

/**
 * Typed reads of one row's cells, warning into `problems` about cells that do not parse. A class rather
 * than closures per row: 50,000 rows would otherwise allocate a quarter of a million functions.
 */
class RowReader {
  constructor(
    private readonly row: LogicalRow,
    private readonly context: RecordContext,
    private readonly problems: Problem[],
  ) {}

  /** The cell of a known column as written ("" when the file lacks the column). */
  text(key: ColumnKey): string {
    const position = positionOf(this.context, key);
    return position < 0 ? '' : (this.row.cells[position] ?? '');
  }

  /** Adds a warning about the cell of `key`; returns null for the caller's value. */
  warn(key: ColumnKey, code: ProblemCode, value: string): null {
    this.problems.push(cellProblem(this.context.fileName, code, placeOf(this.context, this.row, positionOf(this.context, key)), value));
    return null;
  }

  /** The cell as an integer, null when empty, null with a warning when not a number. */
  integer(key: ColumnKey): number | null {
    const value = this.text(key).trim();
    if (value === '') return null;
    return INTEGER.test(value) ? Number(value) : this.warn(key, 'cell-invalid-number', value);
  }

  /** The cell as a JST date (epoch ms), null when empty, null with a warning when not a date. */
  date(key: ColumnKey): number | null {
    const value = this.text(key);
    if (value.trim() === '') return null;
    return parseJstDateTime(value) ?? this.warn(key, 'cell-invalid-date', value);
  }

  /** The cell as a decimal serial; the trimmed text with a warning when it is not a serial. */
  serial(key: ColumnKey): string {
    const value = this.text(key);
    if (value.trim() === '') return '';
    const decimal = serialTextToDecimal(value);
    if (decimal !== null) return decimal;
    const place = placeOf(this.context, this.row, positionOf(this.context, key));
    const excel = isExcelScientific(value);
    this.problems.push(cellProblem(this.context.fileName, 'cell-invalid-number', place, value, excel ? excelChangedSerial(value.trim(), key === 'previousSerial') : undefined));
    return value.trim();
  }
}

/** The warning for a serial Excel turned into scientific notation: who changed it, what is lost, what to do. */
function excelChangedSerial(value: string, isPreviousSerial: boolean): LocalizedText {
  const lost = isPreviousSerial
    ? { ja: '更新前の証明書には、残った桁と主体者DNで 1 件に絞れるときだけつなぎます', en: 'the certificate it renewed is linked only where the digits left and the subject DN point to exactly one' }
    : { ja: '証明書の欄が読めればその中のシリアル番号を使います', en: 'where the certificate cell can be read, the serial inside it is used' };
  return {
    ja: `Excel で保存し直したため、シリアル番号が指数表記（「${value}」）に変わり、元の番号は失われています。${lost.ja}。証明書発行支援システムから TSV をダウンロードし直すと直ります`,
    en: `Excel re-saved this serial in scientific notation ("${value}") and the original number is lost; ${lost.en}. Download the TSV again from the certificate issuance support system to fix the file`,
  };
}

/**
 * Types one row (cells already padded to the header's width) into a record with `certificate: null`.
 * A cell that is not a valid date or number becomes null and adds a warning to `problems`; never fails.
 * With `cellBytes` (spans: cell index, start, end byte in `bytes`, per long ASCII cell), those cells are read
 * again from the bytes on each `record.cells` read instead of kept (see lazy-cells.ts).
 */
export function buildRecord(
  row: LogicalRow,
  index: number,
  context: RecordContext,
  problems: Problem[],
  cellBytes?: { readonly bytes: Uint8Array; readonly spans: readonly number[] },
): RecordDraft {
  const cells = row.cells;
  const read = new RowReader(row, context, problems);
  const status = read.integer('status');
  const profileId = read.integer('profileId');
  const revocation = readRevocation(read);
  const record: Omit<RecordDraft, 'cells'> = {
    index,
    line: row.line,
    applicationId: read.text('applicationId').trim(),
    applicationType: read.integer('applicationType'),
    status,
    statusLabel: statusLabel(status),
    profileId,
    profileLabel: profileLabel(profileId),
    subjectDn: read.text('subjectDn').trim(),
    fqdn: read.text('fqdn').trim(),
    dnsNameColumn: splitDnsNameColumn(read.text('dnsNames')),
    adminName: read.text('adminName').trim(),
    adminAffiliation: read.text('adminAffiliation').trim(),
    adminMail: read.text('adminMail').trim(),
    software: read.text('software').trim(),
    otherAddresses: [read.text('otherAddress1').trim(), read.text('otherAddress2').trim()].filter((address) => address !== ''),
    submittedAt: read.date('submittedAt'),
    completedAt: read.date('completedAt'),
    serialNumber: read.serial('serialNumber'),
    fingerprint: read.text('fingerprint').trim(),
    tsvNotBefore: read.date('notBefore'),
    tsvNotAfter: read.date('notAfter'),
    urlExpiresAt: read.date('urlExpiresAt'),
    accessPin: read.text('accessPin').trim(),
    revocation,
    // Revoked when the revocation was completed (even if its date is unreadable) or 状態 is 7 (revoked).
    isRevoked: read.text('revocationCompletedAt').trim() !== '' || status === 7,
    previousSerial: read.serial('previousSerial'),
    lastUpdatedAt: read.date('lastUpdatedAt'),
    certificate: null,
    certificateUnreadable: false,
  };
  // `cells` is added last, as data or as a getter over the file's bytes: either way one V8 shape per kind.
  if (cellBytes !== undefined) return withCellsAsBytes(record, cells, cellBytes.bytes, cellBytes.spans);
  (record as RecordDraft).cells = cells;
  return record as RecordDraft;
}

/** The revocation columns as one value, or null when none of them says anything. */
function readRevocation(read: RowReader): RevocationInfo | null {
  const hasAny = REVOCATION_KEYS.some((key) => {
    const value = read.text(key).trim();
    return value !== '' && !(value === '0' && ZERO_MEANS_NONE.has(key));
  });
  if (!hasAny) return null;
  const reasonCode = read.integer('revocationReasonCode');
  return {
    applicationId: read.text('revocationApplicationId').trim(),
    requestedAt: read.date('revocationRequestedAt'),
    completedAt: read.date('revocationCompletedAt'),
    reasonCode,
    reasonLabel: reasonCode === null ? null : crlReasonLabel(reasonCode),
    reasonComment: read.text('revocationReasonComment').trim(),
  };
}
