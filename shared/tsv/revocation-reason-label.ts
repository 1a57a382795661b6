import type { LocalizedText } from '../model/localized-text';

// RFC 5280 §5.3.1 CRLReason. 7 is not used by the RFC; unknown codes are shown raw.
const REASON_LABELS: ReadonlyMap<number, LocalizedText> = new Map([
  [0, { ja: '理由なし (unspecified)', en: 'Unspecified' }],
  [1, { ja: '鍵の危殆化 (keyCompromise)', en: 'Key compromise' }],
  [2, { ja: '認証局の危殆化 (cACompromise)', en: 'CA compromise' }],
  [3, { ja: '所属の変更 (affiliationChanged)', en: 'Affiliation changed' }],
  [4, { ja: '証明書の置き換え (superseded)', en: 'Superseded' }],
  [5, { ja: '運用終了 (cessationOfOperation)', en: 'Cessation of operation' }],
  [6, { ja: '一時停止 (certificateHold)', en: 'Certificate hold' }],
  [8, { ja: 'CRL からの削除 (removeFromCRL)', en: 'Remove from CRL' }],
  [9, { ja: '権限の取り消し (privilegeWithdrawn)', en: 'Privilege withdrawn' }],
  [10, { ja: '属性認証局の危殆化 (aACompromise)', en: 'AA compromise' }],
]);

/** The label of an RFC 5280 CRLReason code (unknown codes as the raw number), or null for no code. */
export function revocationReasonLabel(code: number | null): LocalizedText | null {
  if (code === null) return null;
  return REASON_LABELS.get(code) ?? { ja: String(code), en: String(code) };
}
