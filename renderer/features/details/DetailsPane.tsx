import { escapeInvisible } from '../../../shared/encoding/invisible-characters';
import { purposeOfDetails } from '../../../shared/pki/certificate/certificate-purpose';
import type { CertificateReport } from '../../../shared/use-cases/certificate-report';
import type { ListRow } from '../../../shared/use-cases/views';
import type { ColumnInfo } from '../../../shared/model/certificate-list';
import { useI18n } from '../../i18n/i18n';
import { ExportMenu } from '../export/ExportMenu';
import type { ExportActions } from '../export/use-export';
import type { GuardedExport } from '../export/use-guarded-export';
import { CertificateSections, Section } from './CertificateSections';
import { FindingsList } from './FindingsList';
import { PlainSummary } from './PlainSummary';
import { RenewalLinks } from './RenewalLinks';
import { TsvFields } from './TsvFields';
import type { RecordViewState } from './use-record-view';

interface DetailsPaneProps {
  readonly state: RecordViewState;
  readonly columns: readonly ColumnInfo[];
  readonly exportActions: ExportActions;
  /** The row's exports, each asking first when the certificate is not current (ListScreen owns it: the shortcut uses it too). */
  readonly guardedExport: GuardedExport;
  readonly onClose: () => void;
  readonly onOpenRecord: (index: number) => void;
  readonly onAddCa: () => void;
  /** The list's search text: where it matches a TSV field shown here, the field is marked. */
  readonly highlight?: string;
}

/** The host the host check starts with: the row's FQDN (else CN) for a server certificate; none for a client certificate, whose CN is a person. */
function hostToCheck(row: ListRow, report: CertificateReport): string {
  return purposeOfDetails(report.details) === 'server' ? row.fqdn || row.commonName : '';
}

/** The details of the open TSV record beside the list: plain words, findings, export, then every field. */
export function DetailsPane({ state, columns, exportActions, guardedExport, onClose, onOpenRecord, onAddCa, highlight = '' }: DetailsPaneProps) {
  const { t, pick } = useI18n();
  // Closed: the list takes the whole width (the pane opens beside it on click or Enter).
  if (state.status === 'closed') return null;
  const view = state.status === 'ready' ? state.view : null;
  const row = view?.row;
  const title = row ? escapeInvisible(row.fqdn || row.commonName || row.applicationId) : '';
  const findings = view ? view.findings : [];
  return (
    <aside className="details" aria-label={t('details.label')} aria-busy={state.status === 'loading'} data-testid="details" data-record-index={state.index}>
      <header className="details__header">
        <h2 className="details__title">{title || t('details.loading')}</h2>
        <button type="button" className="button button--quiet button--icon" aria-label={t('details.close')} title={t('details.close')} onClick={onClose}>
          ✕
        </button>
      </header>
      {state.status === 'failed' && <p className="error-text">{pick(state.message)}</p>}
      {view && row && (
        <div className="details__body">
          <div className="details__actions">
            {view.certificate ? (
              <ExportMenu
                source={{ der: view.certificate.der, record: view.record, summary: view.record.certificate }}
                chainFiles={view.certificate.chainFiles}
                actions={exportActions}
                onRequest={guardedExport.request}
              />
            ) : (
              <p className="muted">{t(view.findings.some((finding) => finding.code === 'row-unreadable' && finding.severity === 'error') ? 'details.certificateUnreadable' : 'details.noCertificate')}</p>
            )}
          </div>
          {guardedExport.dialog}
          <PlainSummary row={row} record={view.record} details={view.certificate?.details ?? null} />
          <Section title={t('details.findings')} id="details-findings">
            <FindingsList findings={findings} />
          </Section>
          {(view.predecessor || view.successor) && (
            <Section title={t('details.renewal')} id="details-renewal">
              <RenewalLinks predecessor={view.predecessor} successor={view.successor} onOpen={onOpenRecord} />
            </Section>
          )}
          {view.certificate && <CertificateSections view={view.certificate} host={hostToCheck(row, view.certificate)} idPrefix="details" onAddCa={onAddCa} />}
          <Section title={t('details.tsv')} id="details-tsv">
            <TsvFields record={view.record} columns={columns} highlight={highlight} />
          </Section>
        </div>
      )}
    </aside>
  );
}
