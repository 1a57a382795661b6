import type { CertificateRecord } from '../model/certificate-record';
import { normaliseDn } from '../pki/chain/chain-names';
import { excelScientificCovers, isExcelScientific } from '../pki/serial';
import { recordValidity, type RecordValidity } from './record-state';
import { normalizeHostName } from './wildcard';

/**
 * A certificate's place among the certificates for its FQDN, as the 現行 chip shows it: 'current' only
 * for the host's current certificate while it is usable now (valid, not revoked, no revocation in
 * progress); null for rows without a certificate. See findCurrentCertificates for the rule.
 */
export type CurrentRole = 'current' | 'replaced' | 'revoked' | 'expired' | null;

/** A record's role plus its renewal links (record indexes, via 旧証明書シリアル番号), for the details view. */
export interface CurrentInfo {
  readonly role: CurrentRole;
  /**
   * True for the host's current certificate: the newest issued certificate for its FQDN, whatever its
   * state (so a server whose only certificate expired still has one, and `--current` lists it).
   */
  readonly isNewest: boolean;
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
  /** Lower-cased FQDN → index of its current (newest issued) certificate's record (rows without FQDN and CN are keyed "\u0000<index>"). */
  readonly currentByFqdn: ReadonlyMap<string, number>;
}

/** The host a record is about, as written: the TSV FQDN column, else the certificate CN ("" when it has neither). */
export function recordHost(record: CertificateRecord): string {
  return record.fqdn || record.certificate?.commonName || '';
}

/** The FQDN a record is grouped under: recordHost, lower-cased. */
export function recordGroupKey(record: CertificateRecord): string {
  return normalizeHostName(recordHost(record));
}

// A row with neither FQDN nor CN stands alone rather than competing with every other nameless row.
function groupingKey(record: CertificateRecord, index: number): string {
  return recordGroupKey(record) || `\u0000${index}`;
}

/** True when record `a` is newer than record `b`: later notBefore (a record without a period is oldest), then later row. */
function isNewer(validities: readonly (RecordValidity | null)[], a: number, b: number): boolean {
  const before = validities[a]?.notBefore ?? -Infinity;
  const otherBefore = validities[b]?.notBefore ?? -Infinity;
  return before !== otherBefore ? before > otherBefore : a > b;
}

/**
 * Finds the predecessor named by a 旧証明書シリアル番号 that Excel turned into scientific notation
 * (`6.85929E+18`): the one other certificate with the renewal's subject DN whose serial rounds to
 * it. Undefined when none or several fit: a link is never guessed. Certificates are indexed by DN
 * once, on the first such cell, so a whole re-saved list stays linear.
 */
function excelPredecessorFinder(records: readonly CertificateRecord[], validities: readonly (RecordValidity | null)[]): (record: CertificateRecord, self: number) => number | undefined {
  let byDn: Map<string, number[]> | null = null;
  return (record, self) => {
    if (!isExcelScientific(record.previousSerial)) return undefined;
    if (byDn === null) {
      byDn = new Map();
      validities.forEach((validity, i) => {
        if (!validity) return;
        const dn = subjectOf(records[i]!);
        const group = byDn!.get(dn);
        if (group) group.push(i);
        else byDn!.set(dn, [i]);
      });
    }
    const candidates = (byDn.get(subjectOf(record)) ?? []).filter((i) => i !== self && excelScientificCovers(record.previousSerial, validities[i]!.serialNumber));
    return candidates.length === 1 ? candidates[0] : undefined;
  };
}

/** A record's subject DN for comparing renewals: the certificate's, else the TSV's, in the form chains compare names. */
function subjectOf(record: CertificateRecord): string {
  return normaliseDn(record.certificate?.subjectDn ?? record.subjectDn);
}

/**
 * Finds the current certificate per FQDN: the newest issued certificate (latest notBefore, then the
 * later row) whatever its validity, so a server whose certificate expired without a successor still
 * has a current certificate (and `list --current` shows it broken). A revoked certificate, or one
 * being revoked (状態 2), is never preferred: it is the current one only when the FQDN has nothing
 * else. A certificate that a live renewal names as 旧証明書シリアル番号 has been replaced, even when
 * the renewal changed the FQDN. Every other certificate of the FQDN is 'replaced'. The role shown is
 * 'current' only while the current certificate is usable at `now`; otherwise it says what the
 * certificate is ('revoked', 'expired'; null while not yet valid or being revoked). A certificate
 * whose cell could not be read is the current one only when the FQDN has no readable, unwithdrawn
 * certificate, and is never shown as 'current'.
 */
export function findCurrentCertificates(records: readonly CertificateRecord[], now: number): CurrentMap {
  const validities = records.map(recordValidity);
  const bySerial = new Map<string, number>();
  validities.forEach((validity, i) => {
    if (validity && validity.serialNumber !== '') bySerial.set(validity.serialNumber, i);
  });
  const excelPredecessor = excelPredecessorFinder(records, validities);
  const predecessors = records.map((record, i) => {
    const predecessor = bySerial.get(record.previousSerial) ?? excelPredecessor(record, i);
    return predecessor === undefined || predecessor === i ? null : predecessor;
  });
  const successors: (number | null)[] = records.map(() => null);
  predecessors.forEach((predecessor, i) => {
    if (predecessor === null) return;
    const known = successors[predecessor];
    if (known === null || known === undefined || isNewer(validities, i, known)) successors[predecessor] = i;
  });

  const withdrawn = records.map((record) => record.isRevoked || isRevocationInProgress(record));
  // Usable first, then a certificate whose cell could not be read (nothing to hand out), then withdrawn ones.
  const demotion = records.map((record, i) => (withdrawn[i] ? 2 : record.certificateUnreadable ? 1 : 0));
  // A record outranks another when it is less demoted, else when it is newer.
  const outranks = (a: number, b: number): boolean => (demotion[a] !== demotion[b] ? demotion[a]! < demotion[b]! : isNewer(validities, a, b));
  const currentByFqdn = new Map<string, number>();
  records.forEach((record, i) => {
    const successor = successors[i];
    if (!validities[i] || (successor !== null && successor !== undefined && !withdrawn[successor])) return;
    const key = groupingKey(record, i);
    const known = currentByFqdn.get(key);
    if (known === undefined || outranks(i, known)) currentByFqdn.set(key, i);
  });

  const byRecord = records.map((record, i): CurrentInfo => {
    const validity = validities[i];
    const groupKey = recordGroupKey(record);
    const links = { predecessor: predecessors[i] ?? null, successor: successors[i] ?? null, groupKey };
    if (!validity) return { role: null, isNewest: false, ...links };
    const isNewest = currentByFqdn.get(groupingKey(record, i)) === i;
    let role: CurrentRole = null;
    if (record.isRevoked) role = 'revoked';
    else if (!isNewest) role = 'replaced';
    else if (record.certificateUnreadable) role = null;
    else if (now > validity.notAfter) role = 'expired';
    else if (now >= validity.notBefore && !isRevocationInProgress(record)) role = 'current';
    return { role, isNewest, ...links };
  });
  return { byRecord, currentByFqdn };
}

/** True when the row says a revocation was requested and is not done yet (状態 2 証明書失効処理中, docs/list-format.md). */
export function isRevocationInProgress(record: CertificateRecord): boolean {
  return record.status === REVOKING_STATUS && !record.isRevoked;
}

// 状態 2: 証明書失効処理中, "never the current certificate" (docs/list-format.md, "状態 (status)").
const REVOKING_STATUS = 2;

/** True when the record names `host` exactly (case-insensitive) in its TSV FQDN, its CN, a SAN dNSName or the TSV dNSName column. */
export function recordNamesHost(record: CertificateRecord, host: string): boolean {
  const wanted = normalizeHostName(host);
  if (wanted === '') return false;
  const names = [record.fqdn, record.certificate?.commonName ?? '', ...(record.certificate?.dnsNames ?? []), ...record.dnsNameColumn];
  return names.some((name) => name !== '' && normalizeHostName(name) === wanted);
}

/**
 * The certificate to export for `fqdn`: among records with a decoded certificate that name it exactly
 * (TSV FQDN, CN or SAN) and are neither revoked nor being revoked (状態 2), one valid now is preferred, then one not yet valid, then
 * an expired one; within each, the newest notBefore (then the later row). Null when none qualifies.
 */
export function pickCurrentForFqdn(records: readonly CertificateRecord[], fqdn: string, now: number): CertificateRecord | null {
  let best: { record: CertificateRecord; rank: number } | null = null;
  for (const record of records) {
    const certificate = record.certificate;
    if (!certificate || record.isRevoked || isRevocationInProgress(record) || !recordNamesHost(record, fqdn)) continue;
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
