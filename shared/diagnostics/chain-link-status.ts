import type { LocalizedText } from '../model/localized-text';
import type { ChainLinkStatus } from '../pki/chain/build-chain-path';

/** How a chain link's status reads: its severity (for colour and icons) and its words, none for a link that is fine. */
export interface ChainLinkStatusText {
  readonly severity: 'ok' | 'warning' | 'error';
  readonly label: LocalizedText | null;
}

/** The one table of what each chain-link status means for the staff member, used by the details pane and `inspect` alike. */
export const CHAIN_LINK_STATUS: Readonly<Record<ChainLinkStatus, ChainLinkStatusText>> = {
  ok: { severity: 'ok', label: null },
  expired: { severity: 'error', label: { ja: '有効期限切れ', en: 'expired' } },
  'not-yet-valid': { severity: 'warning', label: { ja: 'まだ有効期間前', en: 'not yet valid' } },
  retired: { severity: 'warning', label: { ja: '失効済み・廃止された中間 CA', en: 'a revoked or retired intermediate CA' } },
  'signature-invalid': { severity: 'error', label: { ja: '署名を検証できません', en: 'the signature does not verify' } },
  'unsupported-algorithm': { severity: 'error', label: { ja: 'このアプリが対応していない署名方式', en: 'a signature algorithm this app does not check' } },
  failed: { severity: 'error', label: { ja: '検証規則を満たしていません', en: 'breaks a validation rule' } },
};
