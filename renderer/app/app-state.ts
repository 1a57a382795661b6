import type { LocalizedText } from '../../shared/model/localized-text';
import type { ListMeta, ListRow, LooseFilesResult } from '../workers/list-protocol';

/** The app's phase; the root element carries it as `data-app-state`, which tests wait on. */
export type AppPhase = 'start' | 'loading' | 'ready' | 'error';

/** Which list the main screen shows. */
export type AppTab = 'list' | 'loose';

/** The top-level state: what is open and how far loading got. */
export interface AppState {
  readonly phase: AppPhase;
  readonly tab: AppTab;
  /** The file being loaded or shown. */
  readonly fileName: string;
  readonly progress: { readonly done: number; readonly total: number } | null;
  readonly meta: ListMeta | null;
  /** Display rows by record index, filled chunk by chunk while loading. */
  readonly rows: readonly ListRow[];
  /** The instant (epoch ms) the list was classified at; "days left" count from it. */
  readonly now: number;
  readonly loose: LooseFilesResult | null;
  readonly error: LocalizedText | null;
  /** Increments when the user adds CA files: certificate views built before are stale. */
  readonly caVersion: number;
}

/** Everything that changes the top-level state. */
export type AppAction =
  | { readonly type: 'load-started'; readonly fileName: string; readonly now: number }
  | { readonly type: 'load-progress'; readonly done: number; readonly total: number }
  | { readonly type: 'rows-arrived'; readonly rows: readonly ListRow[] }
  | { readonly type: 'list-loaded'; readonly meta: ListMeta }
  | { readonly type: 'load-failed'; readonly message: LocalizedText }
  | { readonly type: 'loose-loaded'; readonly result: LooseFilesResult; readonly now: number }
  | { readonly type: 'cas-added'; readonly loose: LooseFilesResult }
  | { readonly type: 'tab-chosen'; readonly tab: AppTab }
  | { readonly type: 'closed' };

/** The state of a fresh window: the start screen. */
export const INITIAL_STATE: AppState = {
  phase: 'start',
  tab: 'list',
  fileName: '',
  progress: null,
  meta: null,
  rows: [],
  now: 0,
  loose: null,
  error: null,
  caVersion: 0,
};

/** The next state after an action (pure; the reducer of useReducer). */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'load-started':
      return { ...state, phase: 'loading', tab: 'list', fileName: action.fileName, now: action.now, progress: null, meta: null, rows: [], error: null };
    case 'load-progress':
      return { ...state, progress: { done: action.done, total: action.total } };
    case 'rows-arrived':
      return { ...state, rows: state.rows.concat(action.rows) };
    case 'list-loaded':
      return { ...state, phase: 'ready', meta: action.meta, progress: null };
    case 'load-failed':
      return { ...state, phase: 'error', error: action.message, progress: null };
    case 'loose-loaded': {
      const previous = state.loose;
      const merged: LooseFilesResult = previous
        ? { certificates: [...previous.certificates, ...action.result.certificates], problems: [...previous.problems, ...action.result.problems] }
        : action.result;
      return { ...state, phase: 'ready', tab: 'loose', loose: merged, now: state.meta ? state.now : action.now };
    }
    case 'cas-added':
      return { ...state, caVersion: state.caVersion + 1, loose: state.loose ? action.loose : null };
    case 'tab-chosen':
      return { ...state, tab: action.tab };
    case 'closed':
      // The CAs the user added stay with the worker, so views built later must not be taken for older ones.
      return { ...INITIAL_STATE, caVersion: state.caVersion };
  }
}
