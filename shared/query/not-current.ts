import type { CertificateRecord } from '../model/certificate-record';
import type { LocalizedText } from '../model/localized-text';
import { formatJst } from '../time/japan-time';
import { isRevocationInProgress, type CurrentMap } from './current';
import { recordSerial, recordValidity } from './record-state';

/** A certificate row named in a reason or offered instead: enough to say which one it is. */
export interface CertificateReference {
  /** Position of the record in the list. */
  readonly index: number;
  readonly line: number;
  readonly applicationId: string;
  /** Decimal serial. */
  readonly serialNumber: string;
  /** notBefore ("issued"), epoch ms. */
  readonly issuedAt: number;
}

/**
 * Why a certificate is not the one to hand out, in the order to say them: revocation first (it
 * matters whatever the dates), then the validity period, then a newer certificate in the file.
 */
export type NotCurrentReason =
  | { readonly kind: 'revoked'; readonly revokedAt: number | null }
  | { readonly kind: 'revocation-in-progress'; readonly requestedAt: number | null }
  | { readonly kind: 'unreadable' }
  | { readonly kind: 'expired'; readonly notAfter: number }
  | { readonly kind: 'not-yet-valid'; readonly notBefore: number }
  | { readonly kind: 'replaced'; readonly by: CertificateReference };

/** What to know before exporting a certificate: why it is not current (empty when it is), and the current one to offer instead. */
export interface CurrentCheck {
  readonly reasons: readonly NotCurrentReason[];
  /** The host's current certificate when it is another row and has no reasons of its own; else null. */
  readonly current: CertificateReference | null;
}

function referenceOf(records: readonly CertificateRecord[], index: number): CertificateReference | null {
  const record = records[index];
  const validity = record ? recordValidity(record) : null;
  if (!record || !validity) return null;
  return { index, line: record.line, applicationId: record.applicationId, serialNumber: recordSerial(record), issuedAt: validity.notBefore };
}

/** The reasons of the record itself, without looking at other rows. */
function ownReasons(record: CertificateRecord, now: number): NotCurrentReason[] {
  const reasons: NotCurrentReason[] = [];
  if (record.isRevoked) reasons.push({ kind: 'revoked', revokedAt: record.revocation?.completedAt ?? null });
  else if (isRevocationInProgress(record)) reasons.push({ kind: 'revocation-in-progress', requestedAt: record.revocation?.requestedAt ?? null });
  // The TSV's dates say nothing about a certificate that is not there to hand out.
  if (record.certificateUnreadable) reasons.push({ kind: 'unreadable' });
  const validity = recordValidity(record);
  // RFC 5280 §4.1.2.5: both ends of the validity period are inclusive.
  if (validity && now > validity.notAfter) reasons.push({ kind: 'expired', notAfter: validity.notAfter });
  if (validity && now < validity.notBefore) reasons.push({ kind: 'not-yet-valid', notBefore: validity.notBefore });
  return reasons;
}

/** The current certificate of the host `index` belongs to, following a live renewal to the FQDN it was renewed under; null when it is `index` itself. */
function hostCurrentOf(current: CurrentMap, index: number): number | null {
  const info = current.byRecord[index];
  if (!info || info.isNewest) return null;
  const renewal = info.successor === null ? null : current.byRecord[info.successor];
  const key = renewal ? renewal.groupKey : info.groupKey;
  const found = key === '' ? undefined : current.currentByFqdn.get(key);
  // A renewal that lost its FQDN stands alone: it is still what replaced this certificate.
  const host = found ?? info.successor;
  return host === null || host === index ? null : host;
}

/**
 * Checks record `index` against the rule of the current certificate (shared/query/current.ts): it
 * is not current when revoked, being revoked (状態 2), unreadable, expired, not yet valid, or replaced by a newer
 * certificate in the same file. Every export path asks this before writing a file.
 */
export function checkCurrent(records: readonly CertificateRecord[], current: CurrentMap, index: number, now: number): CurrentCheck {
  const record = records[index];
  if (!record) return { reasons: [], current: null };
  const reasons = ownReasons(record, now);
  const host = hostCurrentOf(current, index);
  const hostReference = host === null ? null : referenceOf(records, host);
  const own = recordValidity(record);
  // Replaced: a renewal names it, or the host's current certificate was issued after it.
  if (hostReference && (current.byRecord[index]?.successor !== null || (own !== null && hostReference.issuedAt > own.notBefore))) {
    reasons.push({ kind: 'replaced', by: hostReference });
  }
  const offered = hostReference && ownReasons(records[hostReference.index]!, now).length === 0 ? hostReference : null;
  return { reasons, current: offered };
}

/** True when the reasons forbid an export unless the user insists (revoked, or a revocation in progress). */
export function isRefusedWithoutForce(reasons: readonly NotCurrentReason[]): boolean {
  return reasons.some((reason) => reason.kind === 'revoked' || reason.kind === 'revocation-in-progress');
}

/** One reason as a sentence, dates in JST `YYYY/MM/DD HH:mm`. */
export function notCurrentReasonText(reason: NotCurrentReason): LocalizedText {
  switch (reason.kind) {
    case 'revoked':
      return reason.revokedAt === null
        ? { ja: 'この証明書は失効しています。', en: 'This certificate is revoked.' }
        : { ja: `この証明書は ${formatJst(reason.revokedAt)} (JST) に失効しています。`, en: `This certificate was revoked on ${formatJst(reason.revokedAt)} (JST).` };
    case 'revocation-in-progress':
      return reason.requestedAt === null
        ? { ja: 'この証明書は失効申請中です（状態 2 証明書失効処理中）。', en: 'A revocation of this certificate is in progress (状態 2).' }
        : {
            ja: `この証明書は ${formatJst(reason.requestedAt)} (JST) に失効申請されています（状態 2 証明書失効処理中）。`,
            en: `A revocation of this certificate was requested on ${formatJst(reason.requestedAt)} (JST) and is in progress (状態 2).`,
          };
    case 'unreadable':
      return { ja: 'この行の証明書の欄からは証明書を読めません。', en: 'No certificate can be read from the certificate cell of this row.' };
    case 'expired':
      return { ja: `この証明書は ${formatJst(reason.notAfter)} (JST) に有効期限が切れています。`, en: `This certificate expired on ${formatJst(reason.notAfter)} (JST).` };
    case 'not-yet-valid':
      return { ja: `この証明書の有効期間は ${formatJst(reason.notBefore)} (JST) からです。`, en: `This certificate is not valid until ${formatJst(reason.notBefore)} (JST).` };
    case 'replaced':
      return {
        ja: `この証明書は、${formatJst(reason.by.issuedAt)} (JST) 発行の新しい証明書（シリアル番号 ${reason.by.serialNumber}、申請ID ${reason.by.applicationId}、${reason.by.line} 行目）に置き換えられています。`,
        en: `This certificate was replaced by a newer one issued ${formatJst(reason.by.issuedAt)} (JST) (serial ${reason.by.serialNumber}, application ID ${reason.by.applicationId}, line ${reason.by.line}).`,
      };
  }
}
