import type { ColumnKey } from '../../../shared/model/columns';
import type { MessageKey } from '../../i18n/ja';

/** A group of TSV fields in the details pane. */
export type TsvGroup = 'application' | 'certificate' | 'admin' | 'revocation' | 'other';

/** The groups in display order with their heading keys. */
export const TSV_GROUPS: readonly { readonly group: TsvGroup; readonly label: MessageKey }[] = [
  { group: 'application', label: 'details.group.application' },
  { group: 'certificate', label: 'details.group.certificate' },
  { group: 'admin', label: 'details.group.admin' },
  { group: 'revocation', label: 'details.group.revocation' },
  { group: 'other', label: 'details.group.other' },
];

const CERTIFICATE_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>([
  'certificate', 'serialNumber', 'fingerprint', 'notBefore', 'notAfter', 'urlExpiresAt', 'accessPin', 'previousSerial', 'downloadMethod',
]);
const ADMIN_KEYS: ReadonlySet<ColumnKey> = new Set<ColumnKey>(['adminName', 'adminAffiliation', 'adminMail', 'fqdn', 'software', 'otherAddress1', 'otherAddress2']);

/** The group a column belongs to: 失効申請-* columns are revocation, unknown extra columns are other. */
export function groupOf(key: ColumnKey | null): TsvGroup {
  if (key === null) return 'other';
  if (key.startsWith('revocation')) return 'revocation';
  if (CERTIFICATE_KEYS.has(key)) return 'certificate';
  if (ADMIN_KEYS.has(key)) return 'admin';
  return 'application';
}
