import type { LocalizedText } from '../model/localized-text';

/** CRLReason labels (RFC 5280 §5.3.1); 7 is unused by the standard. */
const REASONS: Readonly<Record<number, LocalizedText>> = {
  0: { ja: '理由未指定', en: 'unspecified' },
  1: { ja: '鍵の危殆化', en: 'key compromise' },
  2: { ja: 'CA の危殆化', en: 'CA compromise' },
  3: { ja: '所属の変更', en: 'affiliation changed' },
  4: { ja: '証明書の更新（置き換え）', en: 'superseded' },
  5: { ja: '運用の停止', en: 'cessation of operation' },
  6: { ja: '一時停止', en: 'certificate hold' },
  8: { ja: 'CRL からの削除', en: 'remove from CRL' },
  9: { ja: '権限の取り消し', en: 'privilege withdrawn' },
  10: { ja: 'AA の危殆化', en: 'AA compromise' },
};

/** The label of a CRLReason code, or "code N" for an unknown one; "reason not given" for null. */
export function crlReasonLabel(code: number | null | undefined): LocalizedText {
  if (code === null || code === undefined) return { ja: '理由の記載なし', en: 'no reason given' };
  return REASONS[code] ?? { ja: `理由コード ${code}`, en: `reason code ${code}` };
}
