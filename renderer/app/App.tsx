import { useCallback, useEffect, useMemo, useReducer, useState, type DragEvent } from 'react';
import type { HostError, OpenedFile } from '../../shared/ipc/contract';
import type { Lang, LocalizedText } from '../../shared/model/localized-text';
import type { Result } from '../../shared/model/result';
import { useExport } from '../features/export/use-export';
import { ExportStatusBar } from '../features/export/ExportStatusBar';
import { ListScreen, type ListScreenMeta } from '../features/list/ListScreen';
import { LooseFilesView } from '../features/loose-files/LooseFilesView';
import { AboutPanel } from '../features/about/AboutPanel';
import { ErrorScreen } from '../features/open/ErrorScreen';
import { KeptHidden } from '../components/KeptHidden';
import { LoadingBanner } from '../features/open/LoadingBanner';
import { LoadingScreen } from '../features/open/LoadingScreen';
import { StartScreen } from '../features/open/StartScreen';
import { useOpenFiles } from '../features/open/use-open-files';
import { classifyOpenedFile } from '../features/open/classify-opened-file';
import { RequestReviewDialog } from '../features/requests/RequestReviewDialog';
import { useRequestReview } from '../features/requests/use-request-review';
import { I18nProvider, otherLanguage, useI18n } from '../i18n/i18n';
import { AppHeader } from './AppHeader';
import { appReducer, hasOpenWork, INITIAL_STATE } from './app-state';
import { AppNotice } from './AppNotice';
import { ErrorBoundary } from './ErrorBoundary';
import { ServicesProvider, useServices, type Services } from './services';
import type { RowStore } from '../../shared/use-cases/row-store';
import { useLanguage } from './use-language';


/** A list screen the app keeps: the open list (hidden while another shows as it loads) or the one loading, with the worker it talks to. */
interface ListSlot {
  readonly id: number;
  readonly hidden: boolean;
  readonly services: Services;
  readonly meta: ListScreenMeta;
  readonly rows: RowStore;
  readonly now: number;
  readonly isLoading: boolean;
}

/** The app: language, top-level state, host events, and the screen for the current phase. */
export function App({ initialLang }: { initialLang: Lang }) {
  const { host } = useServices();
  const [lang, setLang] = useLanguage(host, initialLang);
  return (
    <I18nProvider lang={lang}>
      <ErrorBoundary fallback={(error, reset) => <CrashScreen error={error} onReset={reset} />}>
        <AppShell onToggleLanguage={() => setLang(otherLanguage(lang))} setLang={setLang} />
      </ErrorBoundary>
    </I18nProvider>
  );
}

function CrashScreen({ error, onReset }: { error: Error; onReset: () => void }) {
  const { t } = useI18n();
  return (
    <div className="app" data-app-state="error">
      <ErrorScreen message={`${t('app.unexpectedError')} ${error.message}`} onBack={onReset} />
    </div>
  );
}

function AppShell({ onToggleLanguage, setLang }: { onToggleLanguage: () => void; setLang: (lang: Lang) => void }) {
  const services = useServices();
  const { host } = services;
  const { t, pick } = useI18n();
  const [state, dispatch] = useReducer(appReducer, INITIAL_STATE);
  const [isAboutOpen, setAboutOpen] = useState(false);
  const [focusFilterSignal, setFocusFilterSignal] = useState(0);
  const [exportSignal, setExportSignal] = useState(0);
  const exportActions = useExport(services);
  const showNotice = useCallback((message: LocalizedText) => dispatch({ type: 'notice-shown', message }), []);
  const actions = useOpenFiles(services, dispatch, showNotice);
  const requestReview = useRequestReview(services);
  // A request file is checked against the list on screen (or kept under the start screen); with none open, alone.
  const checkRequest = () => void requestReview.check(state.meta ? state.fileName : null);

  useEffect(() => {
    document.documentElement.dataset.appState = state.phase;
  }, [state.phase]);

  useEffect(() => {
    void host.takeLaunchFiles().then((result) => {
      if (result.ok && result.value.length > 0) void actions.openFiles(result.value);
    });
    // Launch files are taken once, when the window opens.
  }, [host]);

  useEffect(() => host.onFilesOpened((files) => void actions.openFiles(files)), [host, actions]);
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'open-list') void actions.openList();
        else if (command === 'open-certificates') void actions.openCertificates();
        else if (command === 'focus-filter') setFocusFilterSignal((n) => n + 1);
        else if (command === 'export') setExportSignal((n) => n + 1);
        else if (command === 'about') setAboutOpen(true);
        else if (command === 'lang-ja' || command === 'lang-en') setLang(command === 'lang-ja' ? 'ja' : 'en');
      }),
    [host, actions, setLang],
  );

  const onDropped = useCallback(
    (dropped: Result<OpenedFile[], HostError>) => {
      // A refused drop (a file over the size limit) leaves whatever is open untouched and says why.
      if (!dropped.ok) return showNotice(dropped.error.message);
      for (const file of dropped.value) if (classifyOpenedFile(file) === 'list') host.rememberOpenedFile(file.name);
      void actions.openFiles(dropped.value);
    },
    [actions, host, showNotice],
  );

  // Files dropped anywhere in the window open too (the start screen's drop zone handles its own drops first);
  // without this the browser would navigate away to the dropped file.
  const onWindowDrop = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    if (event.type === 'drop') void host.filesFromDrop(event.dataTransfer).then(onDropped);
  };

  // While a list loads, the open work stays on screen (inert) under the loading view, so cancelling or a
  // failure leaves it exactly as it was: filter text, toggles, selection, scroll position. Once the first
  // rows arrive they show instead (the open work hidden, still mounted) and can be searched as they grow.
  const preview = state.loading?.preview ?? null;
  const previewWorker = preview?.worker ?? null;
  const previewTotal = preview?.rows.length ?? 0;
  const previewServices = useMemo(() => (previewWorker ? { ...services, worker: previewWorker } : null), [services, previewWorker]);
  // A list being read has no reading problems or columns to show yet: those come with the whole list.
  const previewMeta = useMemo<ListScreenMeta | null>(() => (previewWorker ? { total: previewTotal, problems: [], columns: [] } : null), [previewWorker, previewTotal]);
  const isLoading = state.loading !== null && preview === null;
  const shown = state.phase === 'loading' ? (preview ? 'ready' : hasOpenWork(state) ? 'ready' : 'none') : state.phase;
  const isTabPanel = shown === 'ready' && state.loading === null;
  // 「別のファイルを開く」 shows the start screen over the open work, which waits (hidden) for 「一覧に戻る」.
  const keepsWork = state.phase === 'start' && hasOpenWork(state);
  const keptName = state.fileName || t('tabs.loose');
  const backToWork = useCallback(() => dispatch({ type: 'start-left' }), []);
  const listProps = { exportActions, focusFilterSignal, exportSignal, caVersion: state.caVersion, onAddCa: () => void actions.addCaFiles() };
  // The open list and the one loading, by list id: the loading one keeps its screen (filter typed, rows ticked) when it becomes the open one.
  const lists: ListSlot[] = [];
  if (state.meta && (state.tab === 'list' || preview)) lists.push({ id: state.listId, hidden: preview !== null, services, meta: state.meta, rows: state.rows, now: state.now, isLoading: false });
  if (preview && previewServices && previewMeta) {
    lists.push({ id: state.listId + 1, hidden: false, services: previewServices, meta: previewMeta, rows: preview.rows, now: preview.now, isLoading: true });
  }
  return (
    <div
      className="app"
      data-app-state={state.phase}
      onDragOver={(event) => !event.defaultPrevented && onWindowDrop(event)}
      onDrop={(event) => !event.defaultPrevented && onWindowDrop(event)}
    >
      <AppHeader
        state={state}
        onToggleLanguage={onToggleLanguage}
        onTab={(tab) => dispatch({ type: 'tab-chosen', tab })}
        onClose={() => dispatch({ type: 'start-shown' })}
        onAbout={() => setAboutOpen(true)}
        onOpenList={() => void actions.openList()}
        onCheckRequest={checkRequest}
      />
      {isAboutOpen && <AboutPanel onClose={() => setAboutOpen(false)} />}
      {requestReview.state.phase !== 'closed' && <RequestReviewDialog state={requestReview.state} onCheckAnother={checkRequest} onClose={requestReview.close} />}
      {state.notice && <AppNotice notice={state.notice} onDismiss={() => dispatch({ type: 'notice-dismissed' })} />}
      {preview && state.loading && <LoadingBanner loading={state.loading} onCancel={actions.cancelLoad} />}
      <main className="app-main" inert={isLoading}>
        {/* The tab panel sits inside <main>: <main> itself may not take the tabpanel role (it would stop being the main landmark). */}
        <div id="main-panel" className="app-main__panel" role={isTabPanel ? 'tabpanel' : undefined} aria-labelledby={isTabPanel ? `tab-${state.tab}` : undefined}>
          {shown === 'start' && <StartScreen actions={actions} onDropped={onDropped} back={keepsWork ? { name: keptName, onBack: backToWork } : undefined} />}
          {shown === 'error' && <ErrorScreen message={state.error ? pick(state.error) : ''} onBack={() => dispatch({ type: 'closed' })} />}
          {(shown === 'ready' || keepsWork) && (
            // Under the start screen the open work stays mounted but hidden, so 「一覧に戻る」 finds its filter, selection and scroll as they were.
            <KeptHidden hidden={keepsWork}>
              {lists.map((list) => (
                <KeptHidden key={list.id} hidden={list.hidden}>
                  <ServicesProvider services={list.services}>
                    <ListScreen meta={list.meta} rows={list.rows} now={list.now} isLoading={list.isLoading} {...listProps} />
                  </ServicesProvider>
                </KeptHidden>
              ))}
              {state.tab === 'list' && !state.meta && !preview && !keepsWork && <StartScreen actions={actions} onDropped={onDropped} />}
              {state.tab === 'loose' && (
                <KeptHidden hidden={preview !== null}>
                  <LooseFilesView loose={state.loose} exportActions={exportActions} onAddCa={() => void actions.addCaFiles()} />
                </KeptHidden>
              )}
            </KeptHidden>
          )}
        </div>
      </main>
      {isLoading && state.loading && <LoadingScreen loading={state.loading} onCancel={actions.cancelLoad} />}
      <ExportStatusBar status={exportActions.status} onDismiss={exportActions.dismiss} />
    </div>
  );
}
