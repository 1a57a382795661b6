import type { LocalizedText } from '../model/localized-text';

// 状態 codes of the UPKI issuance support system, in NII's own words (staff compare them with NII's
// screens). Source: docs/list-format.md, "状態 (status)" (M–H).
const STATUS_LABELS: ReadonlyMap<number, LocalizedText> = new Map([
  [0, { ja: '証明書発行処理中', en: 'Issuing' }],
  [1, { ja: '証明書更新処理中', en: 'Renewing' }],
  [2, { ja: '証明書失効処理中', en: 'Revoking' }],
  [3, { ja: '発行案内メール送信待ち', en: 'Issuance mail pending' }],
  [4, { ja: '発行案内メール送信済み', en: 'Waiting for pickup (issuance mail sent)' }],
  [5, { ja: '証明書発行処理完了', en: 'Issued' }],
  [6, { ja: '証明書更新処理完了', en: 'Renewed' }],
  [7, { ja: '証明書失効処理完了', en: 'Revoked' }],
  [8, { ja: '新証明書への置き換え待ち', en: 'Waiting for replacement by the new certificate' }],
  [9, { ja: '発行・更新完了メール送信待ち', en: 'Issue/renew completion mail pending' }],
  [10, { ja: '失効完了メール送信待ち', en: 'Revocation completion mail pending' }],
  [-1, { ja: 'フォーマットエラー', en: 'Format error' }],
  [-2, { ja: '認証局連携API処理エラー', en: 'CA API error' }],
  [-3, { ja: '支援システム実行エラー', en: 'System error' }],
]);

const NO_STATUS: LocalizedText = { ja: '不明', en: 'Unknown' };

/** The staff-facing label of a 状態 code; an unknown code is shown as its raw number, an empty one as 不明/Unknown. */
export function statusLabel(code: number | null): LocalizedText {
  if (code === null) return NO_STATUS;
  return STATUS_LABELS.get(code) ?? { ja: String(code), en: String(code) };
}
