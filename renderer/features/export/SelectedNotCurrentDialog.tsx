import { ModalDialog } from '../../components/ModalDialog';
import { useI18n } from '../../i18n/i18n';

interface SelectedNotCurrentDialogProps {
  /** How many of the ticked certificates are not current (expired, revoked, being revoked, replaced, not yet valid). */
  readonly notCurrent: number;
  readonly total: number;
  readonly onExportCurrentOnly: () => void;
  readonly onExportAll: () => void;
  readonly onCancel: () => void;
}

/** Asked before the ticked rows go out when some of them are not current: the current ones only (primary), or all of them. */
export function SelectedNotCurrentDialog({ notCurrent, total, onExportCurrentOnly, onExportAll, onCancel }: SelectedNotCurrentDialogProps) {
  const { t } = useI18n();
  const current = total - notCurrent;
  return (
    <ModalDialog labelledBy="selected-not-current-title" describedBy="selected-not-current-text" testId="selected-not-current-dialog" onCancel={onCancel}>
      <h2 id="selected-not-current-title" className="confirm-dialog__title">
        {t('export.selectedNotCurrent.title')}
      </h2>
      <p id="selected-not-current-text" className="confirm-dialog__current">
        {t('export.selectedNotCurrent.text', { count: notCurrent, total })}
      </p>
      <div className="confirm-dialog__actions">
        {current > 0 && (
          <button type="button" className="button button--primary" autoFocus onClick={onExportCurrentOnly}>
            {t('export.selectedNotCurrent.currentOnly', { count: current })}
          </button>
        )}
        <button type="button" className="button" autoFocus={current === 0} onClick={onExportAll}>
          {t('export.selectedNotCurrent.all', { count: total })}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          {t('export.notCurrent.cancel')}
        </button>
      </div>
    </ModalDialog>
  );
}
