import type { CertificateRecord } from '../model/certificate-record';
import type { LocalizedText } from '../model/localized-text';
import { findKeyMaterial, keyMaterialNotice } from '../pki/keys/key-material';
import type { CurrentMap } from '../query/current';
import { commonNameOfDn } from '../pki/certificate/readable-dn';
import { classifyRecord, recordSerial, recordValidity } from '../query/record-state';
import { recordSerialHex } from '../query/search-fields';
import type { ListRow } from './views';

/**
 * The notice for the first name of a row that holds private-key material (a key pasted into the FQDN
 * or subject DN cell), with the row's line; null when every name is clean (issue 14: never its bytes).
 */
function nameKeyNotice(record: CertificateRecord, names: readonly string[]): LocalizedText | null {
  for (const name of names) {
    const place = findKeyMaterial(name);
    if (place !== null) return keyMaterialNotice(place, { line: record.line, column: null });
  }
  return null;
}

/** `text`, or "" when it holds private-key material (the row says so in keyMaterialNotice instead). */
function cleanName(text: string): string {
  return findKeyMaterial(text) === null ? text : '';
}

/** The display row of one record at instant `now` (epoch ms), with its current/replaced role from `current`. */
export function toListRow(record: CertificateRecord, current: CurrentMap, now: number): ListRow {
  const { state, daysLeft } = classifyRecord(record, now);
  const certificate = record.certificate;
  // Without a certificate, the CN of the subject DN cell names the row (a pending client row: the person).
  const commonName = certificate?.commonName ?? commonNameOfDn(record.subjectDn) ?? '';
  const dnsNames = certificate?.dnsNames ?? record.dnsNameColumn;
  return {
    index: record.index,
    applicationId: cleanName(record.applicationId),
    fqdn: cleanName(record.fqdn),
    commonName: cleanName(commonName),
    dnsNames: dnsNames.map(cleanName),
    keyMaterialNotice: nameKeyNotice(record, [record.fqdn, record.subjectDn, commonName, ...dnsNames, record.applicationId]),
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
    adminName: cleanName(record.adminName),
    adminAffiliation: cleanName(record.adminAffiliation),
  };
}
