import { useI18n } from '../i18n/i18n';
import type { Notice } from './app-state';
import './app-notice.css';

/** The dismissible line over the open screen; a file that could not be opened is named, and announced at once (role="alert"). */
export function AppNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const { t, pick } = useI18n();
  const isFailure = notice.failedFile !== null;
  return (
    <div className={`notice${isFailure ? ' notice--error' : ''}`} role={isFailure ? 'alert' : 'status'} data-testid="notice">
      <span>
        {isFailure && <strong>{t('open.failedNotice', { name: notice.failedFile ?? '' })} </strong>}
        {pick(notice.message)}
      </span>
      <button type="button" className="button button--small button--quiet" aria-label={t('export.dismiss')} onClick={onDismiss}>
        ✕
      </button>
    </div>
  );
}
