import type { ColumnInfo } from '../model/certificate-list';
import type { CertificateRecord, RevocationInfo } from '../model/certificate-record';
import type { Problem, ProblemCode } from '../model/problem';
import { SERVER_COLUMNS, type ColumnKey } from './columns';
import { parseJstDateTime } from './parse-jst-date-time';
import { parseSerial } from './normalize-serial';
import { profileLabel } from './profile-label';
import type { LogicalRow } from './quote-merge';
import { revocationReasonLabel } from './revocation-reason-label';
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
 * Types one row (cells already padded to the header's width) into a record with `certificate: null`.
 * A cell that is not a valid date or number becomes null and adds a warning to `problems`; never fails.
 */
export function buildRecord(row: LogicalRow, index: number, context: RecordContext, problems: Problem[]): RecordDraft {
  const cells = row.cells;
  const text = (key: ColumnKey): string => {
    const position = positionOf(context, key);
    return position < 0 ? '' : (cells[position] ?? '');
  };
  const warn = (key: ColumnKey, code: ProblemCode, value: string): null => {
    problems.push(cellProblem(context.fileName, code, placeOf(context, row, positionOf(context, key)), value));
    return null;
  };
  const integer = (key: ColumnKey): number | null => {
    const value = text(key).trim();
    if (value === '') return null;
    return INTEGER.test(value) ? Number(value) : warn(key, 'cell-invalid-number', value);
  };
  const date = (key: ColumnKey): number | null => {
    const value = text(key);
    if (value.trim() === '') return null;
    return parseJstDateTime(value) ?? warn(key, 'cell-invalid-date', value);
  };
  const serial = (key: ColumnKey): string => {
    const value = text(key);
    return parseSerial(value) ?? (warn(key, 'cell-invalid-number', value), value.trim());
  };

  const status = integer('status');
  const profileId = integer('profileId');
  const revocation = readRevocation(text, integer, date);
  return {
    index,
    line: row.line,
    applicationId: text('applicationId').trim(),
    applicationType: integer('applicationType'),
    status,
    statusLabel: statusLabel(status),
    profileId,
    profileLabel: profileLabel(profileId),
    subjectDn: text('subjectDn').trim(),
    fqdn: text('fqdn').trim(),
    dnsNameColumn: splitDnsNameColumn(text('dnsNames')),
    adminName: text('adminName').trim(),
    adminAffiliation: text('adminAffiliation').trim(),
    adminMail: text('adminMail').trim(),
    submittedAt: date('submittedAt'),
    completedAt: date('completedAt'),
    serialNumber: serial('serialNumber'),
    fingerprint: text('fingerprint').trim(),
    tsvNotBefore: date('notBefore'),
    tsvNotAfter: date('notAfter'),
    urlExpiresAt: date('urlExpiresAt'),
    accessPin: text('accessPin').trim(),
    revocation,
    // Revoked when the revocation was completed (even if its date is unreadable) or 状態 is 7 (revoked).
    isRevoked: text('revocationCompletedAt').trim() !== '' || status === 7,
    previousSerial: serial('previousSerial'),
    lastUpdatedAt: date('lastUpdatedAt'),
    cells,
    certificate: null,
  };
}

/** The revocation columns as one value, or null when none of them says anything. */
function readRevocation(
  text: (key: ColumnKey) => string,
  integer: (key: ColumnKey) => number | null,
  date: (key: ColumnKey) => number | null,
): RevocationInfo | null {
  const hasAny = REVOCATION_KEYS.some((key) => {
    const value = text(key).trim();
    return value !== '' && !(value === '0' && ZERO_MEANS_NONE.has(key));
  });
  if (!hasAny) return null;
  const reasonCode = integer('revocationReasonCode');
  return {
    applicationId: text('revocationApplicationId').trim(),
    requestedAt: date('revocationRequestedAt'),
    completedAt: date('revocationCompletedAt'),
    reasonCode,
    reasonLabel: revocationReasonLabel(reasonCode),
    reasonComment: text('revocationReasonComment').trim(),
  };
}
