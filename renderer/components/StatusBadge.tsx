import type { RecordState } from '../../shared/query/record-state';
import { useI18n } from '../i18n/i18n';

/** A coloured badge with the Japanese (or English) name of a record state. */
export function StatusBadge({ state }: { state: RecordState }) {
  const { t } = useI18n();
  return <span className={`badge badge--${state}`}>{t(`state.${state}`)}</span>;
}
