import { escapeInvisible } from '../../shared/encoding/invisible-characters';
import { otherLanguage, useI18n } from '../i18n/i18n';
import type { AppState, AppTab } from './app-state';
import { formatCount } from '../i18n/format-count';

interface AppHeaderProps {
  readonly state: AppState;
  readonly onToggleLanguage: () => void;
  readonly onTab: (tab: AppTab) => void;
  readonly onClose: () => void;
  readonly onAbout: () => void;
  /** Asks for another list file; the open one stays until the new one has loaded. */
  readonly onOpenList: () => void;
  /** 申請ファイルを確認: asks for a request file and shows its review (against the open list, if any). */
  readonly onCheckRequest: () => void;
}

/** The header: app name, the open file, the tabs (証明書一覧 / 証明書ファイル), 申請ファイルを確認, the language switch. */
export function AppHeader({ state, onToggleLanguage, onTab, onClose, onAbout, onOpenList, onCheckRequest }: AppHeaderProps) {
  const { t, lang } = useI18n();
  const showTabs = state.phase === 'ready';
  const tab = (id: AppTab, label: string, count: number | null) => (
    <button
      type="button"
      role="tab"
      id={`tab-${id}`}
      aria-selected={state.tab === id}
      aria-controls="main-panel"
      tabIndex={state.tab === id ? 0 : -1}
      className="tabs__tab"
      onClick={() => onTab(id)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          const next = id === 'list' ? 'loose' : 'list';
          onTab(next);
          document.getElementById(`tab-${next}`)?.focus();
        }
      }}
    >
      {label}
      {count !== null && <span className="tabs__count">{formatCount(count)}</span>}
    </button>
  );
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="app-header__logo" aria-hidden="true">
          証
        </span>
        {/* The open list and the certificate files have no heading of their own: there the app's name is the page's h1. */}
        {state.phase === 'ready' ? <h1 className="app-header__title">{t('app.title')}</h1> : <span className="app-header__title">{t('app.title')}</span>}
        {state.fileName && (
          <span className="app-header__file" title={escapeInvisible(state.fileName)}>
            {escapeInvisible(state.fileName)}
          </span>
        )}
      </div>
      {showTabs && (
        <div className="tabs" role="tablist" aria-label={t('tabs.label')}>
          {tab('list', t('tabs.list'), state.meta?.total ?? null)}
          {tab('loose', t('tabs.loose'), state.loose?.certificates.length ?? null)}
        </div>
      )}
      <div className="app-header__actions">
        {state.phase === 'ready' && state.meta && (
          <button type="button" className="button button--quiet" onClick={onOpenList} data-testid="open-list">
            {t('open.openList')}
          </button>
        )}
        {state.phase !== 'start' && state.phase !== 'loading' && (
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('app.openAnother')}
          </button>
        )}
        {state.phase !== 'loading' && (
          <button type="button" className="button button--quiet" onClick={onCheckRequest} data-testid="request-check-open">
            {t('request.check.open')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={onAbout} data-testid="about-open">
          {t('about.open')}
        </button>
        <button type="button" className="button button--quiet" lang={otherLanguage(lang)} aria-label={t('app.switchLanguageLabel')} onClick={onToggleLanguage} data-testid="lang-toggle">
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
