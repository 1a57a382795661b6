import type { CertificateRecord } from '../model/certificate-record';
import { recordValidity, type RecordValidity } from './record-state';
import { normalizeHostName } from './wildcard';

/** A certificate's place among the certificates for its FQDN; null for rows without a certificate (or not yet valid). */
export type CurrentRole = 'current' | 'replaced' | 'revoked' | 'expired' | null;

/** A record's role plus its renewal links (record indexes, via 旧証明書シリアル番号), for the details view. */
export interface CurrentInfo {
  readonly role: CurrentRole;
  /** The record whose serial this record's 旧証明書シリアル番号 names, or null. */
  readonly predecessor: number | null;
  /** The newest record that names this record's serial as its 旧証明書シリアル番号, or null. */
  readonly successor: number | null;
  /** The lower-cased FQDN the record is grouped under ("" when the row has neither FQDN nor CN). */
  readonly groupKey: string;
}

/** The current-certificate analysis of a list: one entry per record (same positions) and the current record per FQDN. */
export interface CurrentMap {
  readonly byRecord: readonly CurrentInfo[];
  /** Lower-cased FQDN → index of its current certificate's record (rows without FQDN and CN are keyed "\u0000<index>"). */
  readonly currentByFqdn: ReadonlyMap<string, number>;
}

/** The FQDN a record is grouped under: the TSV FQDN column, else the certificate CN, lower-cased. */
export function recordGroupKey(record: CertificateRecord): string {
  return normalizeHostName(record.fqdn || record.certificate?.commonName || '');
}

// A row with neither FQDN nor CN stands alone rather than competing with every other nameless row.
function groupingKey(record: CertificateRecord, index: number): string {
  return recordGroupKey(record) || `\u0000${index}`;
}

function isValidAt(validity: RecordValidity, now: number): boolean {
  return validity.notBefore <= now && now <= validity.notAfter;
}

/** True when record `a` is newer than record `b`: later notBefore (a record without a period is oldest), then later row. */
function isNewer(validities: readonly (RecordValidity | null)[], a: number, b: number): boolean {
  const before = validities[a]?.notBefore ?? -Infinity;
  const otherBefore = validities[b]?.notBefore ?? -Infinity;
  return before !== otherBefore ? before > otherBefore : a > b;
}

/**
 * Finds the current certificate per FQDN at instant `now`: the newest (notBefore) certificate that
 * is valid now, not revoked, and not superseded by a renewal that is itself usable now. Every other
 * certificate is 'revoked', 'replaced' (a renewal names it as 旧証明書シリアル番号, or a newer current
 * one exists for its FQDN) or 'expired'.
 */
export function findCurrentCertificates(records: readonly CertificateRecord[], now: number): CurrentMap {
  const validities = records.map(recordValidity);
  const bySerial = new Map<string, number>();
  validities.forEach((validity, i) => {
    if (validity && validity.serialNumber !== '') bySerial.set(validity.serialNumber, i);
  });
  const predecessors = records.map((record, i) => {
    const predecessor = bySerial.get(record.previousSerial);
    return predecessor === undefined || predecessor === i ? null : predecessor;
  });
  const successors: (number | null)[] = records.map(() => null);
  predecessors.forEach((predecessor, i) => {
    if (predecessor === null) return;
    const known = successors[predecessor];
    if (known === null || known === undefined || isNewer(validities, i, known)) successors[predecessor] = i;
  });

  const usable = (i: number): boolean => {
    const validity = validities[i];
    return validity !== null && validity !== undefined && !records[i]!.isRevoked && isValidAt(validity, now);
  };
  const currentByFqdn = new Map<string, number>();
  records.forEach((record, i) => {
    // A certificate whose renewal is usable now has been superseded, even if the renewal changed the FQDN.
    const successor = successors[i];
    if (!usable(i) || (successor !== null && successor !== undefined && usable(successor))) return;
    const key = groupingKey(record, i);
    const known = currentByFqdn.get(key);
    if (known === undefined || isNewer(validities, i, known)) currentByFqdn.set(key, i);
  });

  const byRecord = records.map((record, i): CurrentInfo => {
    const validity = validities[i];
    const groupKey = recordGroupKey(record);
    const links = { predecessor: predecessors[i] ?? null, successor: successors[i] ?? null, groupKey };
    if (!validity) return { role: null, ...links };
    const current = currentByFqdn.get(groupingKey(record, i));
    let role: CurrentRole = null;
    if (current === i) role = 'current';
    else if (record.isRevoked) role = 'revoked';
    else if (links.successor !== null || (current !== undefined && isNewer(validities, current, i))) role = 'replaced';
    else if (now > validity.notAfter) role = 'expired';
    return { role, ...links };
  });
  return { byRecord, currentByFqdn };
}

/** True when the record names `host` exactly (case-insensitive) in its TSV FQDN, its CN, a SAN dNSName or the TSV dNSName column. */
export function recordNamesHost(record: CertificateRecord, host: string): boolean {
  const wanted = normalizeHostName(host);
  if (wanted === '') return false;
  const names = [record.fqdn, record.certificate?.commonName ?? '', ...(record.certificate?.dnsNames ?? []), ...record.dnsNameColumn];
  return names.some((name) => name !== '' && normalizeHostName(name) === wanted);
}

/**
 * The certificate to export for `fqdn`: among records with a decoded certificate that name it exactly
 * (TSV FQDN, CN or SAN) and are not revoked, one valid now is preferred, then one not yet valid, then
 * an expired one; within each, the newest notBefore (then the later row). Null when none qualifies.
 */
export function pickCurrentForFqdn(records: readonly CertificateRecord[], fqdn: string, now: number): CertificateRecord | null {
  let best: { record: CertificateRecord; rank: number } | null = null;
  for (const record of records) {
    const certificate = record.certificate;
    if (!certificate || record.isRevoked || !recordNamesHost(record, fqdn)) continue;
    const rank = now < certificate.notBefore ? 1 : now > certificate.notAfter ? 2 : 0;
    if (
      best === null ||
      rank < best.rank ||
      (rank === best.rank &&
        (certificate.notBefore > best.record.certificate!.notBefore ||
          (certificate.notBefore === best.record.certificate!.notBefore && record.index > best.record.index)))
    ) {
      best = { record, rank };
    }
  }
  return best?.record ?? null;
}
