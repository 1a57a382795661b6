import type { LoadReporter } from '../../shared/use-cases/desk-session';
import { RowStore } from '../../shared/use-cases/row-store';
import type { ListRow } from '../../shared/use-cases/views';

/**
 * A load reporter that keeps what a load sends the UI — packed rows, then the roles — in a RowStore,
 * as the app does; `rows()` gives them decoded, `progress` the bytes reported.
 */
export function collectRows(): { report: LoadReporter; store: () => RowStore; rows: () => ListRow[]; progress: number[] } {
  let store = RowStore.empty();
  const progress: number[] = [];
  const report: LoadReporter = {
    progress: (done) => void progress.push(done),
    rows: (chunk) => void (store = store.withRows(chunk)),
    // A copy, as the worker transfers the array's buffer away.
    roles: (codes) => void (store = store.withRoles(codes.slice())),
  };
  return { report, store: () => store, rows: () => Array.from({ length: store.length }, (_, i) => store.at(i)!), progress };
}
