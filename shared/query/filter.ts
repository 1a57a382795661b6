import type { CertificateRecord } from '../model/certificate-record';
import { findCurrentCertificates, type CurrentMap } from './current';
import { classifyRecord, DEFAULT_EXPIRING_DAYS, recordValidity, type RecordState } from './record-state';
import { foldForSearch } from './search-fold';
import type { SearchHit } from './search';

/** A status chip / `--status` value. 'valid' includes 'expiring' (both are usable today). */
export type StatusFilter = 'valid' | 'expiring' | 'expired' | 'revoked' | 'pending' | 'error';

/** Every status filter, in the order the UI shows them. */
export const STATUS_FILTERS: readonly StatusFilter[] = ['valid', 'expiring', 'expired', 'revoked', 'pending', 'error'];

/** Options of filterRecords; `now` is epoch ms. */
export interface FilterOptions {
  /** Keep only records in one of these statuses; empty or absent keeps all. */
  readonly statuses?: readonly StatusFilter[];
  /** The "expiring" window in days (default 30). */
  readonly expiringWithinDays?: number;
  /** Keep only each FQDN's current certificate: the newest issued, whatever its state (shared/query/current.ts). */
  readonly currentOnly?: boolean;
  readonly hideExpired?: boolean;
  /** Hide revoked certificates and certificates replaced by a renewal. */
  readonly hideRevokedOrReplaced?: boolean;
  /**
   * Keep only certificates a renewal in the file has replaced that are still usable and not revoked,
   * or that the row marks 状態 8 (新証明書への置き換え待ち): the old certificates NII reminds staff to revoke.
   */
  readonly replacedNotRevoked?: boolean;
  /** Keep only certificates whose notAfter falls in [from, to] (epoch ms, either end open). */
  readonly expiresBetween?: { readonly from: number | null; readonly to: number | null };
  /** Keep only certificates whose issuer DN contains this text (case and width folded): everything under one intermediate. */
  readonly issuer?: string;
  readonly now: number;
  /** A precomputed findCurrentCertificates(records, now), to avoid recomputing it per keystroke. */
  readonly current?: CurrentMap;
}

/** The status filters a record state falls under ('not-yet-valid' and 'no-certificate' count as pending: nothing usable yet; an unreadable certificate is an error). */
export function statusFiltersOf(state: RecordState): readonly StatusFilter[] {
  switch (state) {
    case 'valid':
      return ['valid'];
    case 'expiring':
      return ['valid', 'expiring'];
    case 'expired':
      return ['expired'];
    case 'revoked':
      return ['revoked'];
    case 'error':
    case 'unreadable':
      return ['error'];
    case 'pending':
    case 'not-yet-valid':
    case 'no-certificate':
      return ['pending'];
  }
}

/** True for an old certificate still waiting for its revocation: replaced by a renewal (or 状態 8), usable today, not revoked. */
function isReplacedNotRevoked(record: CertificateRecord, state: RecordState, role: string | null): boolean {
  const usable = state === 'valid' || state === 'expiring';
  return usable && !record.isRevoked && (role === 'replaced' || record.status === AWAITING_REPLACEMENT);
}

/** True when the record has a validity period whose notAfter lies in the range (both ends inclusive, null = open). */
function expiresInRange(record: CertificateRecord, range: { readonly from: number | null; readonly to: number | null }): boolean {
  const notAfter = recordValidity(record)?.notAfter;
  if (notAfter === undefined) return false;
  return (range.from === null || notAfter >= range.from) && (range.to === null || notAfter <= range.to);
}

/** 状態 8, 新証明書への置き換え待ち (docs/list-format.md, "Coded values"). */
const AWAITING_REPLACEMENT = 8;

/** The search hits (in their order) whose records pass every filter; `records` are the records the search index was built from. */
export function filterRecords(records: readonly CertificateRecord[], hits: readonly SearchHit[], options: FilterOptions): SearchHit[] {
  const statuses = options.statuses && options.statuses.length > 0 ? new Set(options.statuses) : null;
  const needsRoles = options.currentOnly || options.hideRevokedOrReplaced || options.replacedNotRevoked;
  const current = needsRoles ? (options.current ?? findCurrentCertificates(records, options.now)) : null;
  const days = options.expiringWithinDays ?? DEFAULT_EXPIRING_DAYS;
  // No filter on: every hit passes, and classifying 50,000 records per keystroke would be wasted work.
  const issuer = options.issuer ? foldForSearch(options.issuer.normalize('NFKC')).trim() : '';
  const range = options.expiresBetween ?? null;
  if (!statuses && !needsRoles && !options.hideExpired && !range && issuer === '') return hits.filter((hit) => records[hit.index] !== undefined);
  return hits.filter((hit) => {
    const record = records[hit.index];
    if (!record) return false;
    const { state } = classifyRecord(record, options.now, days);
    if (statuses && !statusFiltersOf(state).some((filter) => statuses.has(filter))) return false;
    if (options.hideExpired && state === 'expired') return false;
    const info = current?.byRecord[hit.index];
    const role = info?.role ?? null;
    if (options.currentOnly && !info?.isNewest) return false;
    if (options.hideRevokedOrReplaced && (state === 'revoked' || role === 'revoked' || role === 'replaced')) return false;
    if (options.replacedNotRevoked && !isReplacedNotRevoked(record, state, role)) return false;
    if (range && !expiresInRange(record, range)) return false;
    if (issuer !== '' && !foldForSearch(record.certificate?.issuerDn ?? '').includes(issuer)) return false;
    return true;
  });
}
