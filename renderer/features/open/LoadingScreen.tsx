import { useEffect, useRef } from 'react';
import { ProgressBar } from '../../components/ProgressBar';
import { useI18n } from '../../i18n/i18n';
import type { LoadingState } from '../../app/app-state';
import './loading-screen.css';

/** Megabytes with one decimal, for the progress text. */
function megabytes(bytes: number): string {
  return `${(bytes / 1_048_576).toFixed(1)} MB`;
}

/**
 * The loading view, over whatever is open: file name, a progress bar of bytes read, the rows received so far,
 * and キャンセル (Escape too). Focus moves to the Cancel button and goes back where it was when the view closes.
 */
export function LoadingScreen({ loading, onCancel }: { loading: LoadingState; onCancel: () => void }) {
  const { t } = useI18n();
  const cancelButton = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(onCancel);
  onCancelRef.current = onCancel;

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelButton.current?.focus();
    // Capture, so Escape cancels the load before anything behind the view (closing the details) sees it.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopPropagation();
      onCancelRef.current();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      if (before?.isConnected) before.focus();
    };
  }, []);

  const done = loading.progress?.done ?? 0;
  const total = loading.progress?.total ?? 0;
  const text = `${megabytes(done)} / ${megabytes(total)}${loading.rows > 0 ? ` · ${t('loading.rows', { count: loading.rows.toLocaleString() })}` : ''}`;
  return (
    <div className="loading-overlay">
      <section className="loading" role="dialog" aria-modal="true" aria-busy="true" aria-labelledby="loading-heading" data-testid="loading">
        <h1 id="loading-heading" className="loading__heading">
          {t('loading.heading')}
        </h1>
        <p className="loading__file">{loading.fileName}</p>
        <ProgressBar value={done} max={total} label={t('loading.progressLabel')} text={text} />
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
