import type { LocalizedText } from '../model/localized-text';
import type { RecordState } from '../query/record-state';
import type { ListRow } from './views';

/**
 * Display rows packed for the trip from the list worker to the UI thread: one string holding each
 * row as a JSON array, and where each row ends. A string crosses postMessage as one copy, where
 * 2,000 row objects would be cloned field by field and kept as 2,000 object graphs; the UI decodes
 * a row only when it shows it (RowStore). Roles are not packed: they come last, for every row at once.
 */
export interface PackedRows {
  /** The list index of the first row. */
  readonly first: number;
  readonly text: string;
  /** Where row `first + i` ends in `text` (it starts where row i − 1 ends, or at 0). */
  readonly ends: Int32Array<ArrayBuffer>;
}

/** A row as packed: its fields in this order, without the role. */
type RowTuple = [
  index: number,
  applicationId: string,
  fqdn: string,
  commonName: string,
  dnsNames: readonly string[],
  state: RecordState,
  daysLeft: number | null,
  notAfter: number | null,
  statusCode: number | null,
  statusLabel: LocalizedText,
  profileLabel: LocalizedText,
  serialNumber: string,
  serialHex: string,
  hasCertificate: 0 | 1,
  adminName: string,
  adminAffiliation: string,
  keyMaterialNotice: LocalizedText | null,
];

function toTuple(row: ListRow): RowTuple {
  return [
    row.index,
    row.applicationId,
    row.fqdn,
    row.commonName,
    row.dnsNames,
    row.state,
    row.daysLeft,
    row.notAfter,
    row.statusCode,
    row.statusLabel,
    row.profileLabel,
    row.serialNumber,
    row.serialHex,
    row.hasCertificate ? 1 : 0,
    row.adminName,
    row.adminAffiliation,
    row.keyMaterialNotice,
  ];
}

/** Packs consecutive rows (the first one's index is `first`). */
export function packRows(rows: readonly ListRow[]): PackedRows {
  const ends = new Int32Array(rows.length);
  const parts: string[] = [];
  let length = 0;
  rows.forEach((row, i) => {
    const json = JSON.stringify(toTuple(row));
    parts.push(json);
    length += json.length;
    ends[i] = length;
  });
  return { first: rows[0]?.index ?? 0, text: parts.join(''), ends };
}

/** The number of rows in a pack. */
export function packedCount(packed: PackedRows): number {
  return packed.ends.length;
}

/** Row `i` of a pack (0-based within it), without a role (null). */
export function unpackRow(packed: PackedRows, i: number): ListRow {
  const start = i === 0 ? 0 : packed.ends[i - 1]!;
  const [index, applicationId, fqdn, commonName, dnsNames, state, daysLeft, notAfter, statusCode, statusLabel, profileLabel, serialNumber, serialHex, hasCertificate, adminName, adminAffiliation, keyMaterialNotice] =
    JSON.parse(packed.text.slice(start, packed.ends[i])) as RowTuple;
  return {
    index,
    applicationId,
    fqdn,
    commonName,
    dnsNames,
    state,
    daysLeft,
    notAfter,
    statusCode,
    statusLabel,
    profileLabel,
    serialNumber,
    serialHex,
    role: null,
    hasCertificate: hasCertificate === 1,
    adminName,
    adminAffiliation,
    keyMaterialNotice,
  };
}
