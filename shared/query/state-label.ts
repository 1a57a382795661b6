import type { LocalizedText } from '../model/localized-text';
import type { CurrentRole } from './current';
import type { RecordState } from './record-state';

const STATE_LABELS: Readonly<Record<RecordState, LocalizedText>> = {
  valid: { ja: '有効', en: 'Valid' },
  expiring: { ja: '期限間近', en: 'Expiring soon' },
  expired: { ja: '期限切れ', en: 'Expired' },
  'not-yet-valid': { ja: '有効期間前', en: 'Not yet valid' },
  revoked: { ja: '失効', en: 'Revoked' },
  pending: { ja: '処理中', en: 'Pending' },
  error: { ja: 'エラー', en: 'Error' },
  'no-certificate': { ja: '証明書なし', en: 'No certificate' },
  unreadable: { ja: '証明書を読めません', en: 'Certificate unreadable' },
};

const ROLE_LABELS: Readonly<Record<Exclude<CurrentRole, null>, LocalizedText>> = {
  current: { ja: '現行', en: 'Current' },
  replaced: { ja: '更新済み（旧）', en: 'Replaced' },
  revoked: { ja: '失効', en: 'Revoked' },
  expired: { ja: '期限切れ', en: 'Expired' },
};

/** The short label of a record state in both languages, for list cells, chips and CSV. */
export function recordStateLabel(state: RecordState): LocalizedText {
  return STATE_LABELS[state];
}

/** The label of a current-certificate role in both languages; an empty text for null. */
export function currentRoleLabel(role: CurrentRole): LocalizedText {
  return role === null ? { ja: '', en: '' } : ROLE_LABELS[role];
}
