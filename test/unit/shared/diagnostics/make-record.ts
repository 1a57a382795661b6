import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import { makeRecord as makeDefaultRecord } from '../../../support/record-factory';

/** A CertificateRecord for tests whose TSV cells agree with `summary`, plus the fields a test changes. */
export function makeRecord(summary: CertificateSummary | null, fields: Partial<CertificateRecord> = {}): CertificateRecord {
  return makeDefaultRecord({
    subjectDn: summary?.subjectDn ?? '',
    fqdn: summary?.commonName ?? '',
    dnsNameColumn: summary?.dnsNames ?? [],
    certificate: summary,
    ...fields,
  });
}
