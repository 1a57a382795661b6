import type { SortKey } from '../../../shared/query/sort';
import type { ListQuery } from '../../../shared/use-cases/views';

/** The "expiring within" choices the filter bar offers, in days. */
export const EXPIRING_CHOICES = [30, 60, 90] as const;

/** The list query of a freshly opened file: no text, no toggles, file order. */
export const INITIAL_QUERY: ListQuery = {
  text: '',
  hideExpired: false,
  hideRevokedOrReplaced: false,
  expiringWithinDays: null,
  pendingOrError: false,
  replacedNotRevoked: false,
  expiresFrom: '',
  expiresTo: '',
  sort: null,
};

/** The on/off filters of the filter bar. */
export type QueryToggle = 'hideExpired' | 'hideRevokedOrReplaced' | 'pendingOrError' | 'replacedNotRevoked';

/** Everything the filter bar and the column headers can do to the query. */
export type QueryAction =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'toggle'; readonly toggle: QueryToggle }
  | { readonly type: 'expiring'; readonly days: number | null }
  | { readonly type: 'expiresBetween'; readonly from: string; readonly to: string }
  | { readonly type: 'sort'; readonly key: SortKey }
  | { readonly type: 'reset' };

/**
 * The next query (pure). Sorting by a column cycles ascending → descending → file order;
 * choosing the same "expiring within" again turns it off.
 */
export function queryReducer(query: ListQuery, action: QueryAction): ListQuery {
  switch (action.type) {
    case 'text':
      return { ...query, text: action.text };
    case 'toggle':
      return { ...query, [action.toggle]: !query[action.toggle] };
    case 'expiring':
      return { ...query, expiringWithinDays: query.expiringWithinDays === action.days ? null : action.days };
    case 'expiresBetween':
      return { ...query, expiresFrom: action.from, expiresTo: action.to };
    case 'sort': {
      const current = query.sort;
      if (!current || current.key !== action.key) return { ...query, sort: { key: action.key, direction: 'asc' } };
      return { ...query, sort: current.direction === 'asc' ? { key: action.key, direction: 'desc' } : null };
    }
    case 'reset':
      return INITIAL_QUERY;
  }
}

/** The aria-sort value of a column under the query's sort. */
export function ariaSortOf(query: ListQuery, key: SortKey): 'ascending' | 'descending' | 'none' {
  if (query.sort?.key !== key) return 'none';
  return query.sort.direction === 'asc' ? 'ascending' : 'descending';
}
