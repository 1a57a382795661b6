import type { LocalizedText } from '../../shared/model/localized-text';
import type { ListMeta, LooseFilesResult } from '../../shared/use-cases/views';
import { RowStore } from '../../shared/use-cases/row-store';
import type { ListWorkerClient } from '../workers/list-worker-client';

/** The app's phase; the root element carries it as `data-app-state`, which tests wait on. */
export type AppPhase = 'start' | 'loading' | 'ready' | 'error';

/** Which list the main screen shows. */
export type AppTab = 'list' | 'loose';

/** A list file being loaded beside whatever is open. */
export interface LoadingState {
  readonly fileName: string;
  /** Bytes read so far and in all, or null before the first report. */
  readonly progress: { readonly done: number; readonly total: number } | null;
  /** Rows received so far. */
  readonly rows: number;
  /** The list as read so far, shown (and searched through the worker it loads in) in place of the open work once rows came; null before. */
  readonly preview: LoadPreview | null;
}

/** What a list shows while it loads: its rows so far (no current/replaced roles yet), the worker it loads in, and the instant it is classified at. */
export interface LoadPreview {
  readonly rows: RowStore;
  readonly worker: ListWorkerClient;
  readonly now: number;
}

/** A dismissible line over the open screen: a message, and the file that could not be opened when it reports that. */
export interface Notice {
  readonly message: LocalizedText;
  readonly failedFile: string | null;
}

/** The top-level state: what is open and how far loading got. */
export interface AppState {
  readonly phase: AppPhase;
  readonly tab: AppTab;
  /** The name of the open list ("" when none). */
  readonly fileName: string;
  readonly meta: ListMeta | null;
  /** Display rows of the open list, by record index. */
  readonly rows: RowStore;
  /** Counts the lists loaded: the list screen starts afresh (filter, selection) for each new one. */
  readonly listId: number;
  /** The instant (epoch ms) the list was classified at; "days left" count from it. */
  readonly now: number;
  readonly loose: LooseFilesResult | null;
  /** The load under way, while the open list (if any) stays as it is; null when none. */
  readonly loading: LoadingState | null;
  /** Why the first file could not be read (the error screen). */
  readonly error: LocalizedText | null;
  readonly notice: Notice | null;
  /** Increments when the user adds CA files: certificate views built before are stale. */
  readonly caVersion: number;
}

/** Everything that changes the top-level state. */
export type AppAction =
  | { readonly type: 'load-started'; readonly fileName: string; readonly bytes: number }
  | { readonly type: 'load-progress'; readonly done: number; readonly total: number; readonly rows: number }
  | { readonly type: 'load-rows'; readonly preview: LoadPreview }
  | { readonly type: 'list-loaded'; readonly meta: ListMeta; readonly rows: RowStore; readonly now: number }
  | { readonly type: 'load-failed'; readonly message: LocalizedText }
  | { readonly type: 'load-cancelled' }
  | { readonly type: 'loose-loaded'; readonly result: LooseFilesResult; readonly now: number }
  | { readonly type: 'cas-added'; readonly loose: LooseFilesResult }
  | { readonly type: 'tab-chosen'; readonly tab: AppTab }
  | { readonly type: 'notice-shown'; readonly message: LocalizedText }
  | { readonly type: 'notice-dismissed' }
  | { readonly type: 'start-shown' }
  | { readonly type: 'start-left' }
  | { readonly type: 'closed' };

/** The state of a fresh window: the start screen. */
export const INITIAL_STATE: AppState = {
  phase: 'start',
  tab: 'list',
  fileName: '',
  meta: null,
  rows: RowStore.empty(),
  listId: 0,
  now: 0,
  loose: null,
  loading: null,
  error: null,
  notice: null,
  caVersion: 0,
};

/** True when something the user opened is on screen (a list or loose certificates) and must survive a failed or cancelled load. */
export function hasOpenWork(state: AppState): boolean {
  return state.meta !== null || state.loose !== null;
}

/** The phase to stand in once no load is under way: the open work, or the start screen. */
function settledPhase(state: AppState): AppPhase {
  return hasOpenWork(state) ? 'ready' : 'start';
}

/** The next state after an action (pure; the reducer of useReducer). */
export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case 'load-started':
      // The open list stays (rows, meta, filter and selection in the list screen) until the new one has loaded.
      return { ...state, phase: 'loading', loading: { fileName: action.fileName, progress: { done: 0, total: action.bytes }, rows: 0, preview: null }, error: null, notice: null };
    case 'load-progress':
      return state.loading ? { ...state, loading: { ...state.loading, progress: { done: action.done, total: action.total }, rows: action.rows } } : state;
    case 'load-rows':
      // The open work stays under the preview, as it is, for a cancel or a failure to come back to.
      return state.loading ? { ...state, loading: { ...state.loading, rows: action.preview.rows.length, preview: action.preview } } : state;
    case 'list-loaded':
      return { ...state, phase: 'ready', tab: 'list', fileName: action.meta.fileName, meta: action.meta, rows: action.rows, listId: state.listId + 1, now: action.now, loading: null };
    case 'load-failed':
      // A failed second file must not cost the first: say why over the open work; only a first file gets the error screen.
      return hasOpenWork(state)
        ? { ...state, phase: 'ready', loading: null, notice: { message: action.message, failedFile: state.loading?.fileName ?? null } }
        : { ...state, phase: 'error', loading: null, error: action.message };
    case 'load-cancelled':
      return state.loading ? { ...state, phase: settledPhase(state), loading: null } : state;
    case 'loose-loaded':
      // The desk answers with every loose file opened so far, read together (one file's intermediate completes another's chain).
      return { ...state, phase: state.loading ? 'loading' : 'ready', tab: 'loose', loose: action.result, now: state.meta ? state.now : action.now };
    case 'cas-added':
      return { ...state, caVersion: state.caVersion + 1, loose: state.loose ? action.loose : null };
    case 'tab-chosen':
      return { ...state, tab: action.tab };
    case 'notice-shown':
      return { ...state, notice: { message: action.message, failedFile: null } };
    case 'notice-dismissed':
      return { ...state, notice: null };
    case 'start-shown':
      // 「別のファイルを開く」: the start screen over the open work, which stays (rows, worker, filter) until a new file loads.
      return hasOpenWork(state) ? { ...state, phase: 'start', error: null, notice: null } : { ...INITIAL_STATE, caVersion: state.caVersion, listId: state.listId };
    case 'start-left':
      // 「一覧に戻る」: back from the start screen to the work kept under it.
      return state.phase === 'start' && hasOpenWork(state) ? { ...state, phase: 'ready' } : state;
    case 'closed':
      // The CAs the user added stay with the worker, so views built later must not be taken for older ones.
      return { ...INITIAL_STATE, caVersion: state.caVersion, listId: state.listId };
  }
}
