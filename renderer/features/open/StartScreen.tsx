import { useEffect } from 'react';
import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/model/result';
import { useI18n } from '../../i18n/i18n';
import { DropZone } from './DropZone';
import { RecentFiles } from './RecentFiles';
import type { OpenActions } from './use-open-files';

interface StartScreenProps {
  readonly actions: OpenActions;
  readonly onDropped: (files: Result<OpenedFile[], HostError>) => void;
  /** Where a list (or loose certificates) is still open under the start screen: its name and the way back (button and Escape). */
  readonly back?: { readonly name: string; readonly onBack: () => void };
}

/** The first screen: drop zone, the two open buttons, the demo file and the recent files; 「一覧に戻る」 when work is kept open. */
export function StartScreen({ actions, onDropped, back }: StartScreenProps) {
  const { t } = useI18n();
  const onBack = back?.onBack;
  useEffect(() => {
    if (!onBack) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      // Claimed here so the hidden list screen's own Escape (closing its details) leaves them as they were.
      event.preventDefault();
      onBack();
    };
    // Capture phase: before the bubbling window listeners of the kept list screen.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [onBack]);
  return (
    <div className="start">
      <section className="start__main" aria-labelledby="start-heading">
        {back && (
          <div className="start__back">
            <button type="button" className="button" onClick={back.onBack} data-testid="back-to-list">
              {t('start.backToList')}
            </button>
            <span className="muted small">{t('start.backToListHint', { name: back.name })}</span>
          </div>
        )}
        <h1 id="start-heading" className="start__heading">
          {t('start.heading')}
        </h1>
        <p className="start__lead">{t('start.lead')}</p>
        <DropZone onFiles={onDropped}>
          <div className="start__buttons">
            <button type="button" className="button button--primary button--large" onClick={() => void actions.openList()}>
              {t('start.openTsv')}
            </button>
            <button type="button" className="button button--large" onClick={() => void actions.openCertificates()}>
              {t('start.openCertificates')}
            </button>
          </div>
        </DropZone>
        <div className="start__demo">
          <button type="button" className="button" onClick={() => void actions.openDemo()}>
            {t('start.openDemo')}
          </button>
          <span className="muted small">{t('start.demoHint')}</span>
        </div>
        <h2 className="visually-hidden">{t('start.stepsTitle')}</h2>
        <ol className="steps">
          <li>
            <strong>{t('start.step1')}</strong>
            {t('start.step1Detail')}
          </li>
          <li>
            <strong>{t('start.step2')}</strong>
            {t('start.step2Detail')}
          </li>
          <li>
            <strong>{t('start.step3')}</strong>
            {t('start.step3Detail')}
          </li>
        </ol>
      </section>
      <aside className="start__side">
        <RecentFiles onOpen={(id) => void actions.openRecent(id)} />
        <p className="offline-note">{t('app.offline')}</p>
      </aside>
    </div>
  );
}
