import { useEffect, useRef, useState } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/i18n';
import type { LoadingState } from '../../app/app-state';
import { loadingProgressText } from './loading-progress-text';
import { useLoadCancelKeys } from './use-load-cancel-keys';
import './loading-screen.css';

/**
 * The loading view, over whatever is open, until the first rows arrive (then LoadingBanner): file name,
 * a progress bar of bytes read, and キャンセル (Escape too). Focus moves to the Cancel button and goes
 * back where it was when the view closes.
 */
export function LoadingScreen({ loading, onCancel }: { loading: LoadingState; onCancel: () => void }) {
  const { t } = useI18n();
  const cancelButton = useRef<HTMLButtonElement>(null);
  // Where the focus was when the view opened (captured before the Cancel button takes it), given back on close.
  const [before] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  useEffect(() => () => void (before?.isConnected && before.focus()), [before]);
  useLoadCancelKeys(cancelButton, onCancel);
  return (
    <div className="loading-overlay">
      <section className="loading" role="dialog" aria-modal="true" aria-busy="true" aria-labelledby="loading-heading" data-testid="loading">
        <h1 id="loading-heading" className="loading__heading">
          {t('loading.heading')}
        </h1>
        <p className="loading__file">{loading.fileName}</p>
        <ProgressBar value={loading.progress?.done ?? 0} max={loading.progress?.total ?? 0} label={t('loading.progressLabel')} text={loadingProgressText(loading, t)} />
        <div className="loading__actions">
          <button type="button" className="button" ref={cancelButton} onClick={onCancel} aria-keyshortcuts="Escape" data-testid="loading-cancel">
            {t('loading.cancel')}
          </button>
          <span className="muted small">{t('loading.cancelHint')}</span>
        </div>
      </section>
    </div>
  );
}
