import { useRef } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/i18n';
import type { LoadingState } from '../../app/app-state';
import { loadingProgressText } from './loading-progress-text';
import { useLoadCancelKeys } from './use-load-cancel-keys';
import './loading-screen.css';

/**
 * The load under way once its first rows are on screen: a bar above the list being read with the file
 * name, bytes and rows so far, what already works (search over the rows read) and what waits for the
 * whole list (current/replaced marks, exports), and キャンセル, which goes back to what was open.
 */
export function LoadingBanner({ loading, onCancel }: { loading: LoadingState; onCancel: () => void }) {
  const { t } = useI18n();
  const cancelButton = useRef<HTMLButtonElement>(null);
  useLoadCancelKeys(cancelButton, onCancel);
  return (
    <section className="loading-banner" aria-busy="true" aria-label={t('loading.heading')} data-testid="loading">
      <div className="loading-banner__head">
        <strong>{t('loading.heading')}</strong>
        <span className="loading__file">{loading.fileName}</span>
        <button type="button" className="button button--small" ref={cancelButton} onClick={onCancel} aria-keyshortcuts="Escape" data-testid="loading-cancel">
          {t('loading.cancel')}
        </button>
      </div>
      <ProgressBar value={loading.progress?.done ?? 0} max={loading.progress?.total ?? 0} label={t('loading.progressLabel')} text={loadingProgressText(loading, t)} />
      <p className="muted small loading-banner__note">{t('loading.partial')}</p>
    </section>
  );
}
