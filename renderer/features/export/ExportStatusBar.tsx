import { useEffect, useState } from 'react';
import { copyText } from '../../host/clipboard';
import { useI18n } from '../../i18n/i18n';
import type { ExportStatus } from './use-export';

/** The line after an export: where the file went, and the mail text for the server admin to copy. */
export function ExportStatusBar({ status, onDismiss }: { status: ExportStatus | null; onDismiss: () => void }) {
  const { t } = useI18n();
  const [mailCopied, setMailCopied] = useState(false);
  useEffect(() => setMailCopied(false), [status]);
  return (
    <div className="status-bar" role="status" aria-live="polite" data-testid="export-status">
      {status && (
        <div className={`status-bar__inner status-bar__inner--${status.tone}`}>
          <span className="status-bar__message" title={status.message}>
            {status.message}
          </span>
          {status.mailText && (
            <button type="button" className="button button--small" onClick={() => void copyText(status.mailText!).then(setMailCopied)}>
              {mailCopied ? t('export.mailCopied') : t('export.copyMail')}
            </button>
          )}
          <button
            type="button"
            className="button button--small button--quiet"
            onClick={() => {
              setMailCopied(false);
              onDismiss();
            }}
          >
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
