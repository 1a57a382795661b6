import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { CertificateSummary } from '../../shared/model/certificate-summary';

/** Epoch ms of a Japan-time date-time "YYYY-MM-DDTHH:mm". */
export function jst(text: string): number {
  return Date.parse(`${text}:00+09:00`);
}

/** A certificate summary with plausible defaults; override what the test is about. */
export function makeSummary(overrides: Partial<CertificateSummary> = {}): CertificateSummary {
  return {
    subjectDn: 'CN=www.example.ac.jp, O=Example University, C=JP',
    issuerDn: 'CN=NII Open Domain CA - G7 RSA, O=SECOM Trust Systems CO.,LTD., C=JP',
    commonName: 'www.example.ac.jp',
    dnsNames: ['www.example.ac.jp'],
    ipAddresses: [],
    emailAddresses: [],
    serialNumber: '4097',
    serialHex: '10:01',
    notBefore: jst('2025-01-01T09:00'),
    notAfter: jst('2026-01-31T23:59'),
    keyAlgorithm: 'RSA',
    keySize: 2048,
    curve: null,
    sha256: 'ab'.repeat(32),
    isCa: false,
    ...overrides,
  };
}

/** A record with plausible defaults (status 5 issued, with a certificate); override what the test is about. */
export function makeRecord(overrides: Partial<CertificateRecord> = {}): CertificateRecord {
  const certificate = overrides.certificate === undefined ? makeSummary() : overrides.certificate;
  return {
    index: 0,
    line: 2,
    applicationId: 'A0001',
    applicationType: 1,
    status: 5,
    statusLabel: { ja: '証明書発行処理完了', en: 'Issued' },
    profileId: 3,
    profileLabel: { ja: 'RSA 2048', en: 'RSA 2048' },
    subjectDn: certificate ? `CN=${certificate.commonName ?? ''},O=Example University,C=JP` : 'CN=pending.example.ac.jp,C=JP',
    fqdn: certificate?.commonName ?? 'pending.example.ac.jp',
    dnsNameColumn: [],
    adminName: '山田 太郎',
    adminAffiliation: '情報基盤センター',
    adminMail: 'admin@example.ac.jp',
    software: '',
    otherAddresses: [],
    submittedAt: null,
    completedAt: null,
    serialNumber: certificate?.serialNumber ?? '',
    fingerprint: '',
    tsvNotBefore: certificate?.notBefore ?? null,
    tsvNotAfter: certificate?.notAfter ?? null,
    urlExpiresAt: null,
    accessPin: '123456',
    revocation: null,
    isRevoked: false,
    previousSerial: '',
    lastUpdatedAt: null,
    cells: [],
    certificateUnreadable: false,
    ...overrides,
    certificate,
  };
}

/** Records with their `index` set to their position. */
export function indexed(records: CertificateRecord[]): CertificateRecord[] {
  return records.map((record, index) => ({ ...record, index }));
}
