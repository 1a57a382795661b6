import type { CertificateRecord } from '../model/certificate-record';
import type { CurrentMap } from '../query/current';
import { classifyRecord, recordSerial, recordValidity } from '../query/record-state';
import { recordSerialHex } from '../query/search-fields';
import type { ListRow } from './views';

/** The display row of one record at instant `now` (epoch ms), with its current/replaced role from `current`. */
export function toListRow(record: CertificateRecord, current: CurrentMap, now: number): ListRow {
  const { state, daysLeft } = classifyRecord(record, now);
  const certificate = record.certificate;
  return {
    index: record.index,
    applicationId: record.applicationId,
    fqdn: record.fqdn,
    commonName: certificate?.commonName ?? '',
    dnsNames: certificate?.dnsNames ?? record.dnsNameColumn,
    state,
    daysLeft,
    notAfter: recordValidity(record)?.notAfter ?? null,
    statusCode: record.status,
    statusLabel: record.statusLabel,
    profileLabel: record.profileLabel,
    serialNumber: recordSerial(record),
    serialHex: recordSerialHex(record),
    role: current.byRecord[record.index]?.role ?? null,
    hasCertificate: certificate !== null,
  };
}
