import { formatJstDate } from '../../../shared/time/japan-time';
import { useI18n } from '../../i18n/i18n';
import type { ListRow } from '../../../shared/use-cases/views';

/** Links to the certificate this one replaced and the one that replaced it (旧証明書シリアル番号). */
export function RenewalLinks({ predecessor, successor, onOpen }: { predecessor: ListRow | null; successor: ListRow | null; onOpen: (index: number) => void }) {
  const { t } = useI18n();
  const link = (label: string, row: ListRow) => (
    <div className="fields__row">
      <dt className="fields__label">{label}</dt>
      <dd className="fields__value">
        <button type="button" className="button button--link" onClick={() => onOpen(row.index)}>
          {t('details.openRecord', { name: row.fqdn || row.commonName || row.applicationId, date: formatJstDate(row.notAfter) })}
        </button>
      </dd>
    </div>
  );
  return (
    <dl className="fields">
      {predecessor && link(t('details.predecessor'), predecessor)}
      {successor && link(t('details.successor'), successor)}
    </dl>
  );
}
