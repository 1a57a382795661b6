import type { CertificateList } from '../model/certificate-list';
import type { CertificateRecord } from '../model/certificate-record';
import { classifyDer, type DerKind } from '../pki/classify-der';
import { certificateCellToDer } from './certificate-cell';

// What a certificate cell may hold instead of a certificate (classifyDer); such bytes are never handed
// on as "the certificate": they would be shown and exported as BEGIN CERTIFICATE (a pasted private key too).
const NOT_A_CERTIFICATE: ReadonlySet<DerKind> = new Set<DerKind>(['private-key', 'encrypted-private-key', 'pkcs12', 'csr', 'crl', 'public-key']);

/**
 * The DER bytes of a record's certificate cell, normalised again on demand (the list keeps no DER per
 * record, to save memory); null when the file has no certificate column or the cell has no readable one,
 * or holds another kind of object (a private key, CSR, CRL, public key, PKCS#12).
 */
export function recordCertificateDer(list: CertificateList, record: CertificateRecord): Uint8Array | null {
  const column = list.columns.find((info) => info.key === 'certificate');
  if (column === undefined) return null;
  const der = certificateCellToDer(record.cells[column.index] ?? '');
  return der.ok && !NOT_A_CERTIFICATE.has(classifyDer(der.value)) ? der.value : null;
}
