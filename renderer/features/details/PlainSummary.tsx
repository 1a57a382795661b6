import type { CertificateRecord } from '../../../shared/model/certificate-record';
import { formatJst } from '../../../shared/time/japan-time';
import type { CertificateDetails } from '../../../shared/pki/certificate/certificate-details';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/i18n';
import type { ListRow } from '../../../shared/use-cases/views';
import { FieldList } from './FieldList';

/** The organisation (O) or, failing that, the CN of a DN's parts: how people name an issuer. */
function issuerName(details: CertificateDetails | null): string {
  if (!details) return '';
  const parts = details.issuer.parts;
  const cn = parts.filter((p) => p.shortName === 'CN').at(-1)?.value;
  const o = parts.filter((p) => p.shortName === 'O').at(-1)?.value;
  return [cn, o].filter(Boolean).join(' — ');
}

/** The plain-words summary first: for whom, issued by, valid from–until with days left, status. */
export function PlainSummary({ row, record, details }: { row: ListRow; record: CertificateRecord | null; details: CertificateDetails | null }) {
  const { t, pick } = useI18n();
  const names = [row.fqdn || row.commonName, ...row.dnsNames.filter((n) => n.toLowerCase() !== (row.fqdn || row.commonName).toLowerCase())].filter(Boolean);
  const from = details?.notBefore ?? record?.certificate?.notBefore ?? record?.tsvNotBefore ?? null;
  const until = details?.notAfter ?? row.notAfter;
  const days = row.daysLeft === null ? '' : row.daysLeft >= 0 ? t('list.daysLeft', { days: row.daysLeft }) : t('list.daysAgo', { days: -row.daysLeft });
  return (
    <FieldList
      fields={[
        { label: t('details.forWhom'), value: names.join(', ') },
        { label: t('details.issuedBy'), value: issuerName(details) },
        {
          label: t('details.validity'),
          value:
            from !== null || until !== null ? (
              <>
                {t('details.validityRange', { from: formatJst(from), until: formatJst(until) })}
                {days && <span className="days">{days}</span>}
              </>
            ) : (
              ''
            ),
        },
        {
          label: t('details.status'),
          value: (
            <span className="status-line">
              <StatusBadge state={row.state} />
              {row.role === 'current' && <span className="role role--current">{t('list.role.current')}</span>}
              {row.role === 'replaced' && <span className="role role--replaced">{t('list.role.replaced')}</span>}
              {record && <span className="muted">{`${t('details.tsvStatus')}: ${pick(row.statusLabel)}`}</span>}
            </span>
          ),
        },
        { label: t('details.admin'), value: record ? [record.adminName, record.adminAffiliation, record.adminMail].filter(Boolean).join(' / ') : '' },
      ]}
    />
  );
}
