import type { CertificateRecord } from '../model/certificate-record';
import { DAY_MS, daysLeft as daysBetween } from '../time/japan-time';

/** What a record stands for right now, as the list and the status filters see it. */
export type RecordState = 'valid' | 'expiring' | 'expired' | 'not-yet-valid' | 'revoked' | 'pending' | 'error' | 'no-certificate' | 'unreadable';

/** A record's state and, when it has a validity period, the whole days left until notAfter (negative once expired). */
export interface RecordClassification {
  readonly state: RecordState;
  readonly daysLeft: number | null;
}

/** The validity period of a record's certificate, from the decoded certificate or else the TSV columns. */
export interface RecordValidity {
  readonly notBefore: number;
  readonly notAfter: number;
  readonly serialNumber: string;
}

/** Default window, in days, in which a valid certificate counts as "expiring". */
export const DEFAULT_EXPIRING_DAYS = 30;

// 状態 codes that mean "the application is still being processed" (docs/list-format.md, "状態 (status)"):
// 0 issuing, 1 renewing, 3 issuance mail pending, 4 mail sent / waiting for pickup (the list carries no
// certificate until it is picked up), 9 completion mail pending.
const IN_PROCESS_STATUSES: ReadonlySet<number> = new Set([0, 1, 3, 4, 9]);

/**
 * The record's validity period, or null when the row carries no certificate. The decoded certificate
 * wins; a row whose certificate cell is empty but whose TSV still has a serial and both dates is
 * treated as issued, so that lists downloaded without the certificate column still classify.
 */
export function recordValidity(record: CertificateRecord): RecordValidity | null {
  const certificate = record.certificate;
  if (certificate) {
    return { notBefore: certificate.notBefore, notAfter: certificate.notAfter, serialNumber: certificate.serialNumber };
  }
  if (record.serialNumber !== '' && record.tsvNotBefore !== null && record.tsvNotAfter !== null) {
    return { notBefore: record.tsvNotBefore, notAfter: record.tsvNotAfter, serialNumber: record.serialNumber };
  }
  return null;
}

/** The record's serial as a decimal string: the certificate's, else the TSV's ("" when none). */
export function recordSerial(record: CertificateRecord): string {
  return record.certificate?.serialNumber ?? record.serialNumber;
}

/**
 * Classifies a record at instant `now` (epoch ms). Negative 状態 codes are errors whatever else the row
 * says; a revoked certificate is revoked even while its validity period lasts (RFC 5280 §3.3). A row
 * whose certificate cell could not be read is 'unreadable' (no days left), never valid on the strength
 * of its TSV dates: the certificate people would be handed is not there.
 */
export function classifyRecord(
  record: CertificateRecord,
  now: number,
  expiringWithinDays: number = DEFAULT_EXPIRING_DAYS,
): RecordClassification {
  const validity = recordValidity(record);
  const left = validity ? daysBetween(validity.notAfter, now) : null;
  if (record.status !== null && record.status < 0) return { state: 'error', daysLeft: left };
  if (record.isRevoked) return { state: 'revoked', daysLeft: left };
  if (record.certificateUnreadable) return { state: 'unreadable', daysLeft: null };
  if (!validity) {
    const inProcess = record.status === null || IN_PROCESS_STATUSES.has(record.status);
    return { state: inProcess ? 'pending' : 'no-certificate', daysLeft: null };
  }
  if (now < validity.notBefore) return { state: 'not-yet-valid', daysLeft: left };
  // RFC 5280 §4.1.2.5: notAfter is the last instant of validity (inclusive).
  if (now > validity.notAfter) return { state: 'expired', daysLeft: left };
  if (validity.notAfter - now <= expiringWithinDays * DAY_MS) return { state: 'expiring', daysLeft: left };
  return { state: 'valid', daysLeft: left };
}
