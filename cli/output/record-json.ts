import type { CertificateRecord } from '../../shared/model/certificate-record';
import type { CertificateSummary } from '../../shared/model/certificate-summary';
import { maskSecret } from '../../shared/model/columns';
import type { Lang } from '../../shared/model/localized-text';
import type { CurrentMap } from '../../shared/query/current';
import { formatIso } from '../../shared/time/japan-time';
import { classifyRecord } from '../../shared/query/record-state';
import { recordStateLabel } from '../../shared/query/state-label';
import { withoutKeyMaterial } from '../../shared/pki/keys/key-material';

/** What recordJson needs besides the record. */
export interface RecordJsonContext {
  readonly lang: Lang;
  readonly now: number;
  /** The expiring window in days (--within); default DEFAULT_EXPIRING_DAYS. */
  readonly expiringWithinDays?: number;
  readonly showSecrets: boolean;
  readonly records: readonly CertificateRecord[];
  readonly current: CurrentMap;
}

/** A certificate's list fields as JSON (the same names for list records and loose certificates); times ISO 8601 UTC. */
export function summaryJson(summary: CertificateSummary): Record<string, unknown> {
  return {
    commonName: summary.commonName,
    dnsNames: summary.dnsNames,
    ipAddresses: summary.ipAddresses,
    serialNumber: summary.serialNumber,
    serialHex: summary.serialHex,
    notBefore: formatIso(summary.notBefore),
    notAfter: formatIso(summary.notAfter),
    sha256: summary.sha256,
    subjectDn: summary.subjectDn,
    issuer: summary.issuerDn,
    keyAlgorithm: summary.keyAlgorithm,
    keySize: summary.keySize,
    curve: summary.curve,
    isCa: summary.isCa,
  };
}

/** A short reference to another record (renewal links). */
function recordReference(records: readonly CertificateRecord[], index: number | null): Record<string, unknown> | null {
  const record = index === null ? undefined : records[index];
  if (!record) return null;
  return { applicationId: record.applicationId, line: record.line, serialNumber: record.certificate?.serialNumber ?? record.serialNumber };
}

/**
 * One list record as JSON: TSV fields, state, renewal links and, when it has one, its certificate's
 * fields. Labels in `lang`. A text field holding a private key gives a notice with its line instead.
 */
export function recordJson(record: CertificateRecord, context: RecordJsonContext): Record<string, unknown> {
  const { lang } = context;
  const shown = (text: string): string => withoutKeyMaterial(text, lang, { line: record.line, column: null });
  const { state, daysLeft } = classifyRecord(record, context.now, context.expiringWithinDays);
  const links = context.current.byRecord[record.index];
  const revocation = record.revocation;
  return {
    applicationId: shown(record.applicationId),
    line: record.line,
    status: record.status,
    statusLabel: record.statusLabel[lang],
    state,
    stateLabel: recordStateLabel(state)[lang],
    daysLeft,
    currentRole: links?.role ?? null,
    isCurrent: links?.isNewest ?? false,
    fqdn: shown(record.fqdn),
    dnsNameColumn: record.dnsNameColumn.map(shown),
    applicationType: record.applicationType,
    profileId: record.profileId,
    profileLabel: record.profileLabel[lang],
    adminName: shown(record.adminName),
    adminAffiliation: shown(record.adminAffiliation),
    adminMail: shown(record.adminMail),
    accessPin: maskSecret(record.accessPin, context.showSecrets),
    submittedAt: formatIso(record.submittedAt),
    completedAt: formatIso(record.completedAt),
    urlExpiresAt: formatIso(record.urlExpiresAt),
    lastUpdatedAt: formatIso(record.lastUpdatedAt),
    revoked: record.isRevoked,
    revocation: revocation && {
      applicationId: revocation.applicationId,
      requestedAt: formatIso(revocation.requestedAt),
      completedAt: formatIso(revocation.completedAt),
      reasonCode: revocation.reasonCode,
      reasonLabel: revocation.reasonLabel?.[lang] ?? null,
      reasonComment: shown(revocation.reasonComment),
    },
    previousSerial: record.previousSerial,
    predecessor: recordReference(context.records, links?.predecessor ?? null),
    successor: recordReference(context.records, links?.successor ?? null),
    tsv: {
      serialNumber: record.serialNumber,
      notBefore: formatIso(record.tsvNotBefore),
      notAfter: formatIso(record.tsvNotAfter),
      fingerprint: shown(record.fingerprint),
    },
    hasCertificate: record.certificate !== null,
    ...(record.certificate ? { ...summaryJson(record.certificate), certificateSubjectDn: record.certificate.subjectDn } : {}),
    // The TSV's 主体者DN, after the certificate fields so that it wins over the certificate's subject.
    subjectDn: shown(record.subjectDn),
  };
}
