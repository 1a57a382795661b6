import type { FindingSeverity } from '../../shared/model/finding';
import type { Lang } from '../../shared/model/localized-text';
import { formatMessage, type MessageKey } from '../i18n/i18n';

const SEVERITY_KEYS: Readonly<Record<FindingSeverity, MessageKey>> = {
  error: 'severity.error',
  warning: 'severity.warning',
  info: 'severity.info',
  ok: 'severity.ok',
};

/** The label of a severity in `lang` ("エラー", "warning"…), the same for a finding and for a problem of a list. */
export function severityLabel(severity: FindingSeverity, lang: Lang): string {
  return formatMessage(lang, SEVERITY_KEYS[severity]);
}
