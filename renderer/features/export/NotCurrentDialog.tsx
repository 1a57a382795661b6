import { useEffect, useRef, type KeyboardEvent } from 'react';
import { notCurrentReasonText, type CurrentCheck } from '../../../shared/query/not-current';
import { formatJst } from '../../../shared/time/japan-time';
import { useI18n } from '../../i18n/i18n';
import './not-current-dialog.css';

interface NotCurrentDialogProps {
  readonly check: CurrentCheck;
  readonly onExportCurrent: () => void;
  readonly onExportAnyway: () => void;
  readonly onCancel: () => void;
}

/** Wraps Tab and Shift+Tab around the dialog's buttons: a modal <dialog> alone lets focus leave for the browser's own controls. */
function keepFocusInside(dialog: HTMLElement, event: KeyboardEvent<HTMLElement>): void {
  const buttons = Array.from(dialog.querySelectorAll('button'));
  const first = buttons[0];
  const last = buttons.at(-1);
  if (!first || !last) return;
  const active = dialog.ownerDocument.activeElement;
  if (event.shiftKey && (active === first || !dialog.contains(active))) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && (active === last || !dialog.contains(active))) {
    event.preventDefault();
    first.focus();
  }
}

/**
 * Asked before exporting a certificate that is not the current one: says why, offers the current
 * certificate as the primary action (when there is a usable one) and this one as the secondary.
 * A modal <dialog> (showModal): the page behind is inert, so focus stays inside; Escape cancels.
 */
export function NotCurrentDialog({ check, onExportCurrent, onExportAnyway, onCancel }: NotCurrentDialogProps) {
  const { t, pick } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  const current = check.current;
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="not-current-title"
      aria-describedby="not-current-reasons"
      data-testid="not-current-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      onKeyDown={(event) => {
        // Escape cancels here and goes no further (the list would otherwise close the details too).
        if (event.key === 'Escape') {
          event.preventDefault();
          event.stopPropagation();
          onCancel();
        }
        if (event.key === 'Tab') keepFocusInside(event.currentTarget, event);
      }}
    >
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
    </dialog>
  );
}
