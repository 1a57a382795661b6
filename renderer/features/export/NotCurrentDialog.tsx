import { notCurrentReasonText, type CurrentCheck } from '../../../shared/query/not-current';
import { formatJst } from '../../../shared/time/japan-time';
import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';

interface NotCurrentDialogProps {
  readonly check: CurrentCheck;
  readonly onExportCurrent: () => void;
  readonly onExportAnyway: () => void;
  readonly onCancel: () => void;
}

/**
 * Asked before exporting a certificate that is not the current one: says why, offers the current
 * certificate as the primary action (when there is a usable one) and this one as the secondary.
 */
export function NotCurrentDialog({ check, onExportCurrent, onExportAnyway, onCancel }: NotCurrentDialogProps) {
  const { t, pick } = useI18n();
  const current = check.current;
  return (
    <ModalDialog labelledBy="not-current-title" describedBy="not-current-reasons" testId="not-current-dialog" onCancel={onCancel}>
      <h2 id="not-current-title" className="confirm-dialog__title">
        {t('export.notCurrent.title')}
      </h2>
      <ul id="not-current-reasons" className="confirm-dialog__reasons">
        {check.reasons.map((reason, i) => (
          <li key={`${reason.kind}-${i}`}>{pick(notCurrentReasonText(reason))}</li>
        ))}
      </ul>
      <p className="confirm-dialog__current">
        {current
          ? t('export.notCurrent.currentIs', { serial: current.serialNumber, issued: formatJst(current.issuedAt), id: current.applicationId, line: current.line })
          : t('export.notCurrent.noCurrent')}
      </p>
      <div className="confirm-dialog__actions">
        {current && (
          <button type="button" className="button button--primary" autoFocus onClick={onExportCurrent} data-testid="export-current">
            {t('export.notCurrent.exportCurrent')}
          </button>
        )}
        <button type="button" className="button" autoFocus={!current} onClick={onExportAnyway} data-testid="export-anyway">
          {t('export.notCurrent.exportAnyway')}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('export.notCurrent.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
