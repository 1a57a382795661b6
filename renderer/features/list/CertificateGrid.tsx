import { useVirtualizer } from '@tanstack/react-virtual';
import type { RowStore } from '../../../shared/use-cases/row-store';
import { forwardRef, useCallback, useEffect, useImperativeHandle, useRef, useState, type Dispatch, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ListQuery, QueryResult } from '../../../shared/use-cases/views';
import type { QueryAction } from '../filter/filter-state';
import { GridHeader } from './GridHeader';
import { GridRow } from './GridRow';
import { matchesAt } from '../../../shared/use-cases/packed-matches';
import { GRID_COLUMNS, ROW_HEIGHT } from './list-columns';
import { isAllSelected, type Selection } from './selection';

interface CertificateGridProps {
  readonly rows: RowStore;
  readonly result: QueryResult;
  readonly query: ListQuery;
  readonly dispatchQuery: Dispatch<QueryAction>;
  readonly selection: Selection;
  readonly onToggleSelected: (index: number) => void;
  readonly onToggleAll: () => void;
  /** The record index whose details are open, or null. */
  readonly openIndex: number | null;
  readonly onOpen: (index: number) => void;
}

/** What the screen can ask of the grid: move the keyboard focus into it. */
export interface GridHandle {
  /** Focuses the row that had the focus last (after closing the details). */
  focusActiveRow(): void;
  /** Focuses the first row (ArrowDown from the filter box). */
  focusFirstRow(): void;
}

const PAGE_ROWS = 10;

/**
 * The virtualised certificate grid (role="grid", aria-rowcount): only the rows in view are in the
 * DOM, so 50,000 rows scroll smoothly. One row holds the keyboard focus (roving tabindex):
 * arrows, Page Up/Down, Home/End move it, Enter opens the details, Space ticks the row.
 */
export const CertificateGrid = forwardRef<GridHandle, CertificateGridProps>(function CertificateGrid(props, ref) {
  const { rows, result, query, selection, openIndex } = props;
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const focusPending = useRef(false);
  const count = result.indices.length;
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (active >= count) setActive(Math.max(0, count - 1));
  }, [active, count]);

  useEffect(() => {
    if (!focusPending.current) return;
    const element = scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${active}"]`);
    if (element) {
      focusPending.current = false;
      element.focus({ preventScroll: true });
    }
  });

  const moveTo = useCallback(
    (position: number) => {
      const next = Math.max(0, Math.min(count - 1, position));
      virtualizer.scrollToIndex(next, { align: 'auto' });
      const element = scrollRef.current?.querySelector<HTMLElement>(`[data-pos="${next}"]`);
      if (element) element.focus({ preventScroll: true });
      // A row not rendered yet gets the focus after the render that brings it into view.
      else focusPending.current = true;
      setActive(next);
    },
    [count, virtualizer],
  );

  useImperativeHandle(ref, () => ({ focusActiveRow: () => moveTo(active), focusFirstRow: () => moveTo(0) }), [active, moveTo]);

  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, number> = { ArrowDown: active + 1, ArrowUp: active - 1, PageDown: active + PAGE_ROWS, PageUp: active - PAGE_ROWS, Home: 0, End: count - 1 };
    const target = keys[event.key];
    if (target !== undefined && count > 0) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    const index = result.indices[active];
    if (index === undefined) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      props.onOpen(index);
    } else if (event.key === ' ') {
      event.preventDefault();
      props.onToggleSelected(index);
    }
  };

  const openAt = useCallback(
    (position: number) => {
      setActive(position);
      const index = result.indices[position];
      if (index !== undefined) props.onOpen(index);
    },
    [result, props.onOpen],
  );

  return (
    <div className="grid" role="grid" aria-label={t('list.label')} aria-rowcount={count + 1} aria-colcount={GRID_COLUMNS.length} aria-multiselectable="true">
      <GridHeader query={query} dispatch={props.dispatchQuery} allSelected={isAllSelected(selection, result.indices)} onToggleAll={props.onToggleAll} />
      <div ref={scrollRef} className="grid__scroll" role="rowgroup" onKeyDown={onKeyDown}>
        {count === 0 && (
          <div role="row" aria-rowindex={2} className="grid__empty">
            <div role="gridcell">{t(rows.length === 0 ? 'list.noRows' : 'list.empty')}</div>
          </div>
        )}
        <div className="grid__canvas" style={{ height: `${virtualizer.getTotalSize()}px` }}>
          {virtualizer.getVirtualItems().map((item) => {
            const index = result.indices[item.index]!;
            const row = rows.at(index);
            if (!row) return null;
            return (
              <GridRow
                key={index}
                row={row}
                position={item.index}
                top={item.start}
                matches={matchesAt(result.matches, item.index)}
                isActive={item.index === active}
                isOpen={openIndex === index}
                isSelected={selection.has(index)}
                onOpen={openAt}
                onToggleSelected={props.onToggleSelected}
                onFocusRow={setActive}
              />
            );
          })}
        </div>
      </div>
    </div>
  );
});
