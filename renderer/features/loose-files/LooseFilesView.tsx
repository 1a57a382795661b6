import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { useState } from 'react';
import { formatJstDate } from '../../../shared/time/japan-time';
import { readableDn } from '../../../shared/pki/certificate/readable-dn';
import { StatusBadge } from '../../components/StatusBadge';
import { useI18n } from '../../i18n/i18n';
import type { LooseFilesResult } from '../../../shared/use-cases/views';
import { CertificateSections, Section } from '../details/CertificateSections';
import { FindingsList } from '../details/FindingsList';
import { LooseProblems } from './LooseProblems';
import { ExportMenu } from '../export/ExportMenu';
import type { ExportActions } from '../export/use-export';

/** The 証明書ファイル tab: certificates from loose files in a list, with the same details view. */
export function LooseFilesView({ loose, exportActions, onAddCa }: { loose: LooseFilesResult | null; exportActions: ExportActions; onAddCa: () => void }) {
  const { t } = useI18n();
  const [openKey, setOpenKey] = useState<string | null>(null);
  const certificates = loose?.certificates ?? [];
  const open = certificates.find((c) => c.key === openKey) ?? certificates[0] ?? null;
  if (!loose || (certificates.length === 0 && loose.problems.length === 0)) {
    return <p className="loose__empty muted">{t('loose.empty')}</p>;
  }
  return (
    <div className="list-screen">
      <div className="list-pane list-pane--scroll">
        <h2 className="section-title loose__heading">{t('loose.heading')}</h2>
        <table className="loose-table">
          <thead>
            <tr>
              <th scope="col">{t('list.col.name')}</th>
              <th scope="col">{t('list.col.status')}</th>
              <th scope="col">{t('list.col.validUntil')}</th>
              <th scope="col">{t('loose.file')}</th>
            </tr>
          </thead>
          <tbody>
            {certificates.map((c) => (
              <tr key={c.key} className={c === open ? 'loose-table__row--open' : undefined} aria-current={c === open ? 'true' : undefined}>
                <td>
                  <button type="button" className="button button--link" onClick={() => setOpenKey(c.key)}>
                    {escapeInvisible(c.commonName || readableDn(c.subjectDn)) || t('list.noName')}
                  </button>
                </td>
                <td>
                  <StatusBadge state={c.state} />
                </td>
                <td className="tabular">{formatJstDate(c.notAfter)}</td>
                <td>{`${escapeInvisible(c.fileName)}${c.position > 0 ? ` #${c.position + 1}` : ''}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {loose.problems.length > 0 && (
          <Section title={t('loose.problems')} id="loose-problems">
            <LooseProblems problems={loose.problems} />
          </Section>
        )}
      </div>
      {open && (
        <aside className="details" aria-label={t('details.label')} data-testid="loose-details">
          <header className="details__header">
            <h2 className="details__title">{escapeInvisible(open.commonName || readableDn(open.subjectDn))}</h2>
          </header>
          <div className="details__body">
            <div className="details__actions">
              <ExportMenu source={{ der: open.report.der, record: null, summary: open.summary }} chainFiles={open.report.chainFiles} actions={exportActions} />
            </div>
            <Section title={t('details.findings')} id="loose-findings">
              <FindingsList findings={open.report.findings} />
            </Section>
            <CertificateSections view={open.report} host={open.commonName} idPrefix="loose" onAddCa={onAddCa} />
          </div>
        </aside>
      )}
    </div>
  );
}
