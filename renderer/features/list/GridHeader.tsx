import type { Dispatch } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { ListQuery } from '../../../shared/use-cases/views';
import { ariaSortOf, type QueryAction } from '../filter/filter-state';
import { GRID_COLUMNS } from './list-columns';

interface GridHeaderProps {
  readonly query: ListQuery;
  readonly dispatch: Dispatch<QueryAction>;
  readonly allSelected: boolean;
  readonly onToggleAll: () => void;
}

/** The header row: a select-all box and one sort button per sortable column (aria-sort on the header cell). */
export function GridHeader({ query, dispatch, allSelected, onToggleAll }: GridHeaderProps) {
  const { t } = useI18n();
  return (
    <div role="rowgroup" className="grid__head">
      <div role="row" aria-rowindex={1} className="grid__row grid__row--head">
        {GRID_COLUMNS.map((column) => {
          if (column.id === 'select') {
            return (
              <div key={column.id} role="columnheader" className="cell cell--select">
                <input type="checkbox" checked={allSelected} aria-label={t('list.selectAll')} onChange={onToggleAll} />
              </div>
            );
          }
          const sortKey = column.sortKey;
          const sort = sortKey ? ariaSortOf(query, sortKey) : 'none';
          return (
            <div key={column.id} role="columnheader" aria-sort={sortKey ? sort : undefined} className={`cell cell--head cell--head-${column.id}`}>
              {sortKey ? (
                <button type="button" className="sort-button" onClick={() => dispatch({ type: 'sort', key: sortKey })}>
                  {t(column.label)}
                  <span className="sort-button__arrow" aria-hidden="true">
                    {sort === 'ascending' ? '▲' : sort === 'descending' ? '▼' : '↕'}
                  </span>
                </button>
              ) : (
                t(column.label)
              )}
            </div>
          );
        })}
      </div>
    </div>
  );
}
