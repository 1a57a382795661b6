import { useCallback, useEffect, useReducer, useRef, useState } from 'react';
import type { RowStore } from '../../../shared/use-cases/row-store';
import { useServices } from '../../app/services';
import { useI18n } from '../../i18n/i18n';
import type { ListMeta } from '../../../shared/use-cases/views';
import { DetailsPane } from '../details/DetailsPane';
import { ReadingProblems } from './ReadingProblems';
import { SelectedNotCurrentDialog } from '../export/SelectedNotCurrentDialog';
import { AdminPlanDialog } from '../export/AdminPlanDialog';
import type { AdminPlanMail } from '../../../shared/use-cases/export-files';
import { useGuardedExport } from '../export/use-guarded-export';
import { useRecordView } from '../details/use-record-view';
import type { ExportActions } from '../export/use-export';
import { FilterBar } from '../filter/FilterBar';
import { INITIAL_QUERY, queryReducer } from '../filter/filter-state';
import { useListQuery } from '../filter/use-list-query';
import { useShortcuts } from '../filter/use-shortcuts';
import { CertificateGrid, type GridHandle } from './CertificateGrid';
import { RequestDialog, type RequestDialogKind } from '../requests/RequestDialog';
import { deselect, NO_SELECTION, selectedInOrder, toggleAllShown, toggleSelected, type Selection } from './selection';

/** What the list screen needs of the list's meta: a list still loading has only its rows so far. */
export type ListScreenMeta = Pick<ListMeta, 'total' | 'problems' | 'columns'>;

interface ListScreenProps {
  readonly meta: ListScreenMeta;
  /**
   * True while the list is still being read: the rows so far show and can be searched (through the
   * loading worker), and every action that needs the whole list — exports, request files — waits.
   */
  readonly isLoading?: boolean;
  readonly rows: RowStore;
  readonly now: number;
  readonly exportActions: ExportActions;
  /** Increments when the host's menu asks to focus the filter. */
  readonly focusFilterSignal: number;
  /** Increments when the host's menu asks to export (the open certificate, as .crt). */
  readonly exportSignal: number;
  /** Changes when CA files were added (the open record's chain must be built again). */
  readonly caVersion: number;
  readonly onAddCa: () => void;
}

/** The main screen of an open list: filter, grid, bulk export and the details pane beside the grid. */
export function ListScreen({ meta, rows, now, isLoading = false, exportActions, focusFilterSignal, exportSignal, caVersion, onAddCa }: ListScreenProps) {
  const { worker } = useServices();
  const { t } = useI18n();
  const [query, dispatchQuery] = useReducer(queryReducer, INITIAL_QUERY);
  // The reminder mails of the last per-administrator plan export, shown until closed.
  const [planMails, setPlanMails] = useState<readonly AdminPlanMail[] | null>(null);
  const [selection, setSelection] = useState<Selection>(NO_SELECTION);
  // The request file being made from the selection (失効申請 / 更新申請), shown until saved or cancelled.
  const [requestDialog, setRequestDialog] = useState<RequestDialogKind | null>(null);
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  const filterRef = useRef<HTMLInputElement>(null);
  const gridRef = useRef<GridHandle>(null);
  const { result, settled } = useListQuery(worker, meta, query, now);
  const recordView = useRecordView(worker, openIndex, now, caVersion);
  const guardedExport = useGuardedExport({ view: recordView.status === 'ready' ? recordView.view : null, actions: exportActions, worker, now, onOpenRecord: setOpenIndex });
  const indices = result?.indices ?? new Int32Array(0);

  const focusFilter = useCallback(() => {
    filterRef.current?.focus();
    filterRef.current?.select();
  }, []);
  useShortcuts(focusFilter);
  // A list just opened: the next thing anyone does is type a host name. A list shown while it loaded
  // takes the focus once it is in, unless the person already works in it (typing, on a row).
  const screenRef = useRef<HTMLDivElement>(null);
  const hasFocusedOnce = useRef(false);
  useEffect(() => {
    if (isLoading || hasFocusedOnce.current) return;
    hasFocusedOnce.current = true;
    if (!screenRef.current?.contains(document.activeElement)) filterRef.current?.focus();
  }, [isLoading]);
  useEffect(() => {
    if (focusFilterSignal > 0) focusFilter();
  }, [focusFilterSignal, focusFilter]);

  const exportOpen = useRef(() => undefined as void);
  exportOpen.current = () => {
    const view = recordView.status === 'ready' ? recordView.view : null;
    if (view?.certificate) guardedExport.request({ kind: 'certificate', variant: 'pem' });
  };
  useEffect(() => {
    if (exportSignal > 0) exportOpen.current();
  }, [exportSignal]);

  // The ticked rows go out at once when all are current; otherwise the person chooses first.
  const [selectedQuestion, setSelectedQuestion] = useState<{ all: number[]; current: number[] } | null>(null);
  const askBeforeSelected = (chosen: number[]) => {
    const withCertificate = chosen.filter((index) => rows.at(index)?.hasCertificate);
    const current = withCertificate.filter((index) => rows.at(index)?.role === 'current');
    if (current.length === withCertificate.length) void exportActions.exportSelected(chosen);
    else setSelectedQuestion({ all: withCertificate, current });
  };

  const closeDetails = useCallback(() => {
    setOpenIndex(null);
    gridRef.current?.focusActiveRow();
  }, []);

  // Escape anywhere returns from the details to the list (unless something nearer used it, e.g. clearing the filter).
  useEffect(() => {
    if (openIndex === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      closeDetails();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [openIndex, closeDetails]);

  // Exports and request files are made from the whole list (current certificates, every row): not from part of it.
  const waitForList: { disabled?: boolean; title?: string } = isLoading ? { disabled: true, title: t('list.waitForLoad') } : {};

  return (
    <div className="list-screen" ref={screenRef}>
      <div className="list-pane">
        <FilterBar
          query={query}
          dispatch={dispatchQuery}
          shown={result ? indices.length : meta.total}
          settled={settled}
          total={meta.total}
          inputRef={filterRef}
          onLeaveDown={() => gridRef.current?.focusFirstRow()}
        />
        <ReadingProblems problems={meta.problems} />
        <div className="toolbar" role="toolbar" aria-label={t('export.more')}>
          <span className="toolbar__spacer" />
          {selection.size > 0 && (
            <>
              <span className="toolbar__note">{t('list.selectedCount', { count: selection.size })}</span>
              <button type="button" className="button button--small button--quiet" onClick={() => setSelection(NO_SELECTION)}>
                {t('list.clearSelection')}
              </button>
              <button type="button" className="button button--small" {...waitForList} onClick={() => askBeforeSelected(selectedInOrder(selection, indices))}>
                {t('export.selected', { count: selection.size })}
              </button>
              <button type="button" className="button button--small" {...waitForList} onClick={() => setRequestDialog('revoke')} data-testid="request-revoke-open">
                {t('request.revoke.open')}
              </button>
              <button
                type="button"
                className="button button--small"
                disabled={isLoading || selection.size !== 1}
                title={isLoading ? t('list.waitForLoad') : selection.size !== 1 ? t('request.renew.oneRow') : undefined}
                onClick={() => setRequestDialog('renew')}
                data-testid="request-renew-open"
              >
                {t('request.renew.open')}
              </button>
            </>
          )}
          <button type="button" className="button button--small" disabled={isLoading || indices.length === 0} title={waitForList.title} onClick={() => void exportActions.exportInventory(Array.from(indices))}>
            {t('export.csv')}
          </button>
          <button type="button" className="button button--small" disabled={isLoading || indices.length === 0} title={waitForList.title} onClick={() => void exportActions.exportCalendar(Array.from(indices), query.expiringWithinDays ?? undefined)}>
            {t('export.calendar')}
          </button>
          <button type="button" className="button button--small" disabled={isLoading || indices.length === 0} title={waitForList.title} onClick={() => void exportActions.exportAdminPlan(Array.from(indices)).then(setPlanMails)}>
            {t('export.adminPlan')}
          </button>
        </div>
        {result && (
          <CertificateGrid
            ref={gridRef}
            rows={rows}
            result={result}
            query={query}
            dispatchQuery={dispatchQuery}
            selection={selection}
            onToggleSelected={(index) => setSelection((s) => toggleSelected(s, index))}
            onToggleAll={() => setSelection((s) => toggleAllShown(s, indices))}
            openIndex={openIndex}
            onOpen={setOpenIndex}
          />
        )}
      </div>
      {selectedQuestion && (
        <SelectedNotCurrentDialog
          notCurrent={selectedQuestion.all.length - selectedQuestion.current.length}
          total={selectedQuestion.all.length}
          onExportCurrentOnly={() => {
            setSelectedQuestion(null);
            void exportActions.exportSelected(selectedQuestion.current);
          }}
          onExportAll={() => {
            setSelectedQuestion(null);
            void exportActions.exportSelected(selectedQuestion.all);
          }}
          onCancel={() => setSelectedQuestion(null)}
        />
      )}
      {planMails && <AdminPlanDialog mails={planMails} onClose={() => setPlanMails(null)} />}
      {requestDialog && selection.size > 0 && (
        <RequestDialog
          kind={requestDialog}
          indices={selectedInOrder(selection, indices)}
          rows={rows}
          exportActions={exportActions}
          onDeselect={(gone) => {
            const rest = deselect(selection, gone);
            setSelection(rest);
            if (rest.size === 0) setRequestDialog(null);
          }}
          onClose={() => setRequestDialog(null)}
        />
      )}
      <DetailsPane state={recordView} columns={meta.columns} exportActions={exportActions} guardedExport={guardedExport} onClose={closeDetails} onOpenRecord={setOpenIndex} onAddCa={onAddCa} highlight={query.text} />
    </div>
  );
}
