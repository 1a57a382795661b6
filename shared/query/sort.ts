import type { CertificateRecord } from '../model/certificate-record';
import { recordGroupKey } from './current';
import { recordSerial, recordValidity } from './record-state';

/** A list column the records can be sorted by. */
export type SortKey = 'fqdn' | 'notAfter' | 'status' | 'serial' | 'applicationId' | 'profile';

/** Sort direction. */
export type SortDirection = 'asc' | 'desc';

// Numeric-aware, case-insensitive comparison ("app-9" < "app-10").
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares decimal digit strings by value without BigInt (length after stripping leading zeros, then digits). */
export function compareDecimalStrings(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return x.length - y.length;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The sort value of a record for a key; null sorts last in both directions (an empty cell is not "smallest"). */
function sortValue(record: CertificateRecord, key: SortKey): string | number | null {
  switch (key) {
    case 'fqdn':
      return recordGroupKey(record) || null;
    case 'notAfter':
      return recordValidity(record)?.notAfter ?? null;
    case 'status':
      return record.status;
    case 'serial':
      return recordSerial(record) || null;
    case 'applicationId':
      return record.applicationId || null;
    case 'profile':
      return record.profileId;
  }
}

function compareValues(key: SortKey, a: string | number, b: string | number): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (key === 'serial') return compareDecimalStrings(String(a), String(b));
  return collator.compare(String(a), String(b));
}

/**
 * A new array of the records sorted by `key` (serials numerically, names and IDs numeric-aware and
 * case-insensitive). Empty values go last in both directions; ties keep the file order.
 */
export function sortRecords<T extends CertificateRecord>(records: readonly T[], key: SortKey, direction: SortDirection): T[] {
  const sign = direction === 'asc' ? 1 : -1;
  const keyed = records.map((record, position) => ({ record, position, value: sortValue(record, key) }));
  keyed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      if (a.value === b.value) return a.position - b.position;
      return a.value === null ? 1 : -1;
    }
    return sign * compareValues(key, a.value, b.value) || a.position - b.position;
  });
  return keyed.map((entry) => entry.record);
}
