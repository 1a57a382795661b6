/** A CertificateRecord for tests, from a summary plus the fields a test changes. */
import type { CertificateRecord } from '../../../../shared/model/certificate-record';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';

export function makeRecord(summary: CertificateSummary | null, fields: Partial<CertificateRecord> = {}): CertificateRecord {
  return {
    index: 0,
    line: 2,
    applicationId: 'A0001',
    applicationType: 1,
    status: 5,
    statusLabel: { ja: '発行済', en: 'Issued' },
    profileId: 3,
    profileLabel: { ja: 'RSA 2048 / SHA-256', en: 'RSA 2048 / SHA-256' },
    subjectDn: summary?.subjectDn ?? '',
    fqdn: summary?.commonName ?? '',
    dnsNameColumn: summary?.dnsNames ?? [],
    adminName: 'Admin',
    adminAffiliation: 'IT Center',
    adminMail: 'admin@example.ac.jp',
    submittedAt: null,
    completedAt: null,
    serialNumber: summary?.serialNumber ?? '',
    fingerprint: '',
    tsvNotBefore: summary?.notBefore ?? null,
    tsvNotAfter: summary?.notAfter ?? null,
    urlExpiresAt: null,
    accessPin: '1234',
    revocation: null,
    isRevoked: false,
    previousSerial: '',
    lastUpdatedAt: null,
    cells: [],
    certificate: summary,
    ...fields,
  };
}
