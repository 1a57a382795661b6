import type { CertificateRecord } from '../model/certificate-record';
import { hasKeyMaterial } from '../pki/keys/key-material';
import { parseSerialText } from '../pki/serial';
import { recordSerial } from './record-state';

/** Every field of a record that the search looks into, in code order (the search index and packed matches store the position). */
export const SEARCH_FIELDS = [
  'commonName', 'dnsName', 'ipAddress', 'fqdn', 'dnsNameColumn', 'subjectDn', 'applicationId', 'serialNumber', 'serialHex', 'adminMail',
  'adminName', 'adminAffiliation', 'software', 'otherAddress', 'revocationComment', 'issuerDn', 'emailAddress',
] as const;

/** A field of a record that the search looks into; list fields (dnsName, ipAddress, dnsNameColumn, otherAddress, emailAddress) also carry an item index. */
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** One searchable value of a record: the field, the item index within a list field (0 otherwise), the displayed text. */
export interface SearchValue {
  readonly field: SearchField;
  readonly item: number;
  readonly value: string;
}

/** The serial of a record as upper-case colon hex ("0A:1B"), from the certificate or else the TSV's decimal serial; "" when none. */
export function recordSerialHex(record: CertificateRecord): string {
  if (record.certificate) return record.certificate.serialHex;
  if (record.serialNumber === '') return '';
  return parseSerialText(record.serialNumber)?.hex ?? '';
}

/** Every non-empty searchable value of a record, each with the text the UI displays (match offsets point into it). */
export function searchValues(record: CertificateRecord): SearchValue[] {
  const values: SearchValue[] = [];
  const add = (field: SearchField, value: string | null | undefined, item = 0): void => {
    // A pasted private key is never indexed: no search finds it and no highlight shows a part of it.
    if (value && !hasKeyMaterial(value)) values.push({ field, item, value });
  };
  const certificate = record.certificate;
  add('fqdn', record.fqdn);
  add('commonName', certificate?.commonName);
  certificate?.dnsNames.forEach((name, i) => add('dnsName', name, i));
  certificate?.ipAddresses.forEach((address, i) => add('ipAddress', address, i));
  record.dnsNameColumn.forEach((name, i) => add('dnsNameColumn', name, i));
  add('subjectDn', searchFieldValue(record, 'subjectDn'));
  add('applicationId', record.applicationId);
  add('serialNumber', recordSerial(record));
  add('serialHex', recordSerialHex(record));
  add('adminMail', record.adminMail);
  add('adminName', record.adminName);
  add('adminAffiliation', record.adminAffiliation);
  add('software', record.software);
  record.otherAddresses.forEach((address, i) => add('otherAddress', address, i));
  add('revocationComment', record.revocation?.reasonComment);
  add('issuerDn', certificate?.issuerDn);
  certificate?.emailAddresses.forEach((address, i) => add('emailAddress', address, i));
  return values;
}

/** The displayed text of one searchable field of a record ("" when absent), for highlighting a MatchRange. */
export function searchFieldValue(record: CertificateRecord, field: SearchField, item = 0): string {
  const certificate = record.certificate;
  switch (field) {
    case 'fqdn':
      return record.fqdn;
    case 'commonName':
      return certificate?.commonName ?? '';
    case 'dnsName':
      return certificate?.dnsNames[item] ?? '';
    case 'ipAddress':
      return certificate?.ipAddresses[item] ?? '';
    case 'dnsNameColumn':
      return record.dnsNameColumn[item] ?? '';
    case 'subjectDn':
      return record.subjectDn || certificate?.subjectDn || '';
    case 'applicationId':
      return record.applicationId;
    case 'serialNumber':
      return recordSerial(record);
    case 'serialHex':
      return recordSerialHex(record);
    case 'adminMail':
      return record.adminMail;
    case 'adminName':
      return record.adminName;
    case 'adminAffiliation':
      return record.adminAffiliation;
    case 'software':
      return record.software;
    case 'otherAddress':
      return record.otherAddresses[item] ?? '';
    case 'revocationComment':
      return record.revocation?.reasonComment ?? '';
    case 'issuerDn':
      return certificate?.issuerDn ?? '';
    case 'emailAddress':
      return certificate?.emailAddresses[item] ?? '';
  }
}
