import type { LocalizedText } from '../model/localized-text';

/**
 * RFC 5280 §5.3.1 CRLReason codes, the one table of them: the TSV's 失効理由コード, the reason of a
 * CRL entry and, later, of a revocation request all name a reason with these words. Japanese terms
 * are NII's own for the codes a request may carry (0, 1, 3, 4, 5; staff compare them with NII's
 * screens and mails), ours for the rest (docs/list-format.md, "失効理由コード (revocation reason)").
 */
export interface CrlReason {
  readonly code: number;
  /** The RFC 5280 name, e.g. "keyCompromise". */
  readonly rfcName: string;
  readonly label: LocalizedText;
  /** True for the codes NII accepts in a revocation request. */
  readonly requestable: boolean;
}

/** Every CRLReason code in use (7 is not used by RFC 5280), in code order. */
export const CRL_REASONS: readonly CrlReason[] = [
  { code: 0, rfcName: 'unspecified', label: { ja: '未定義', en: 'Unspecified' }, requestable: true },
  { code: 1, rfcName: 'keyCompromise', label: { ja: '鍵の危殆化', en: 'Key compromise' }, requestable: true },
  { code: 2, rfcName: 'cACompromise', label: { ja: 'CA の危殆化', en: 'CA compromise' }, requestable: false },
  { code: 3, rfcName: 'affiliationChanged', label: { ja: '主体DNの変更', en: 'Subject DN changed' }, requestable: true },
  {
    code: 4,
    rfcName: 'superseded',
    label: { ja: '証明書の更新または証明書記載内容の変更', en: 'Certificate renewed or its contents changed' },
    requestable: true,
  },
  { code: 5, rfcName: 'cessationOfOperation', label: { ja: '証明書の利用終了', en: 'Certificate no longer used' }, requestable: true },
  { code: 6, rfcName: 'certificateHold', label: { ja: '証明書の一時停止', en: 'Certificate on hold' }, requestable: false },
  { code: 8, rfcName: 'removeFromCRL', label: { ja: 'CRL からの削除', en: 'Removed from the CRL' }, requestable: false },
  { code: 9, rfcName: 'privilegeWithdrawn', label: { ja: '権限の取り消し', en: 'Privilege withdrawn' }, requestable: false },
  { code: 10, rfcName: 'aACompromise', label: { ja: '属性認証局の危殆化', en: 'AA compromise' }, requestable: false },
];

const BY_CODE: ReadonlyMap<number, CrlReason> = new Map(CRL_REASONS.map((reason) => [reason.code, reason]));

/** What a revocation says when it carries no reason code. */
export const NO_REASON_GIVEN: LocalizedText = { ja: '理由の記載なし', en: 'no reason given' };

/** The words for a CRLReason code; an unknown code is shown as its number ("理由コード 7" / "reason code 7"). */
export function crlReasonLabel(code: number): LocalizedText {
  return BY_CODE.get(code)?.label ?? { ja: `理由コード ${code}`, en: `reason code ${code}` };
}
