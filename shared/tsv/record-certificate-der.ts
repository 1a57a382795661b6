import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import { certificateCellToDer } from './certificate-cell';

/**
 * The DER bytes of a record's certificate cell, normalised again on demand (the list keeps no DER per
 * record, to save memory); null when the file has no certificate column or the cell has no readable one.
 */
export function recordCertificateDer(list: CertificateList, record: CertificateRecord): Uint8Array | null {
  const column = list.columns.find((info) => info.key === 'certificate');
  if (column === undefined) return null;
  const der = certificateCellToDer(record.cells[column.index] ?? '');
  return der.ok ? der.value : null;
}
