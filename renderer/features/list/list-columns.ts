import type { SortKey } from '../../../shared/query/sort';
import type { MessageKey } from '../../i18n/ja';

/** One column of the certificate grid: its header text and, when sortable, its sort key. */
export interface GridColumn {
  readonly id: 'select' | 'name' | 'status' | 'validUntil' | 'profile' | 'serial' | 'applicationId';
  readonly label: MessageKey;
  readonly sortKey: SortKey | null;
}

/** The grid's columns in display order (the CSS grid template in app.css follows this order). */
export const GRID_COLUMNS: readonly GridColumn[] = [
  { id: 'select', label: 'list.col.select', sortKey: null },
  { id: 'name', label: 'list.col.name', sortKey: 'fqdn' },
  { id: 'status', label: 'list.col.status', sortKey: 'status' },
  { id: 'validUntil', label: 'list.col.validUntil', sortKey: 'notAfter' },
  { id: 'profile', label: 'list.col.profile', sortKey: 'profile' },
  { id: 'serial', label: 'list.col.serial', sortKey: 'serial' },
  { id: 'applicationId', label: 'list.col.applicationId', sortKey: 'applicationId' },
];

/** Height of one grid row in CSS pixels (two lines of text); the virtualizer relies on it. */
export const ROW_HEIGHT = 56;
