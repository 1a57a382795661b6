import { describe, expect, it } from 'vitest';
import { appReducer, hasOpenWork, INITIAL_STATE, type AppAction, type AppState } from '../../../../renderer/app/app-state';
import type { ListMeta, ListRow, LooseFilesResult } from '../../../../shared/use-cases/views';
import { packRows } from '../../../../shared/use-cases/packed-rows';
import { RowStore } from '../../../../shared/use-cases/row-store';

const meta = (fileName: string, total: number): ListMeta => ({ fileName, encoding: 'shift_jis', kind: 'server', columns: [], missingColumns: [], problems: [], total });
/** A row store of `n` rows (only their count matters here). */
const rows = (n: number) => RowStore.empty().withRows(packRows(Array.from({ length: n }, (_, index) => ({ index, dnsNames: [] }) as unknown as ListRow)));
const loose = (n: number): LooseFilesResult => ({ certificates: Array.from({ length: n }, (_, i) => ({ key: `k${i}` }) as never), problems: [] });
const refused = { ja: '一覧ではありません', en: 'not a list' };

function run(...actions: AppAction[]): AppState {
  return actions.reduce(appReducer, INITIAL_STATE);
}

/** The demo list open and showing: the state a second file starts from. */
const openDemo: AppAction[] = [{ type: 'load-started', fileName: 'serverAll.tsv', bytes: 100 }, { type: 'list-loaded', meta: meta('serverAll.tsv', 39), rows: rows(39), now: 5 }];

describe('appReducer', () => {
  it('starts on the start screen', () => {
    expect(INITIAL_STATE).toMatchObject({ phase: 'start', loading: null, meta: null });
  });

  it('goes from loading through progress to ready with the new list', () => {
    const loading = run({ type: 'load-started', fileName: 'a.tsv', bytes: 100 }, { type: 'load-progress', done: 10, total: 20, rows: 4 });
    expect(loading).toMatchObject({ phase: 'loading', loading: { fileName: 'a.tsv', progress: { done: 10, total: 20 }, rows: 4, preview: null }, meta: null });
    const ready = appReducer(loading, { type: 'list-loaded', meta: meta('a.tsv', 2), rows: rows(2), now: 7 });
    expect(ready).toMatchObject({ phase: 'ready', fileName: 'a.tsv', now: 7, loading: null, listId: 1 });
    expect(ready.rows).toHaveLength(2);
  });

  it('keeps the open list while another file loads', () => {
    const state = run(...openDemo, { type: 'load-started', fileName: 'big.tsv', bytes: 100 }, { type: 'load-progress', done: 1, total: 9, rows: 0 });
    expect(state).toMatchObject({ phase: 'loading', fileName: 'serverAll.tsv', meta: { total: 39 }, now: 5, listId: 1, loading: { fileName: 'big.tsv' } });
    expect(appReducer(run(...openDemo), { type: 'load-started', fileName: 'big.tsv', bytes: 100 }).loading?.progress).toEqual({ done: 0, total: 100 });
    expect(state.rows).toHaveLength(39);
  });

  it('returns to the open list, unchanged, when the load is cancelled', () => {
    const before = run(...openDemo);
    const after = run(...openDemo, { type: 'load-started', fileName: 'big.tsv', bytes: 100 }, { type: 'load-cancelled' });
    expect(after).toEqual(before);
  });

  it('shows the rows read so far while the open list waits under them, and comes back to it on cancel or failure', () => {
    const preview = { rows: rows(5), worker: {} as never, now: 8 };
    const loading = run(...openDemo, { type: 'load-started', fileName: 'big.tsv', bytes: 100 }, { type: 'load-rows', preview });
    expect(loading).toMatchObject({ phase: 'loading', fileName: 'serverAll.tsv', meta: { total: 39 }, listId: 1, loading: { rows: 5, preview } });
    expect(loading.rows).toHaveLength(39);
    expect(appReducer(loading, { type: 'load-cancelled' })).toEqual(run(...openDemo));
    expect(appReducer(loading, { type: 'load-failed', message: refused })).toMatchObject({ phase: 'ready', fileName: 'serverAll.tsv', loading: null, notice: { failedFile: 'big.tsv' } });
    const loaded = appReducer(loading, { type: 'list-loaded', meta: meta('big.tsv', 5), rows: rows(5), now: 8 });
    expect(loaded).toMatchObject({ phase: 'ready', fileName: 'big.tsv', listId: 2, loading: null });
    expect(appReducer(run(...openDemo), { type: 'load-rows', preview })).toEqual(run(...openDemo));
  });

  it('returns to the start screen when the first load is cancelled', () => {
    expect(run({ type: 'load-started', fileName: 'big.tsv', bytes: 100 }, { type: 'load-cancelled' })).toEqual(INITIAL_STATE);
  });

  it('returns to the loose certificates when a list load is cancelled with only those open', () => {
    const state = run({ type: 'loose-loaded', result: loose(1), now: 3 }, { type: 'load-started', fileName: 'big.tsv', bytes: 100 }, { type: 'load-cancelled' });
    expect(state).toMatchObject({ phase: 'ready', tab: 'loose', loading: null });
  });

  it('ignores a cancel when nothing is loading', () => {
    const before = run(...openDemo);
    expect(appReducer(before, { type: 'load-cancelled' })).toBe(before);
  });

  it('keeps the open list and names the failed file in a notice when a second file fails', () => {
    const state = run(...openDemo, { type: 'load-started', fileName: 'image.png', bytes: 100 }, { type: 'load-failed', message: refused });
    expect(state).toMatchObject({ phase: 'ready', fileName: 'serverAll.tsv', meta: { total: 39 }, listId: 1, loading: null, error: null });
    expect(state.notice).toEqual({ message: refused, failedFile: 'image.png' });
    expect(state.rows).toHaveLength(39);
  });

  it('shows the error screen when the first file fails', () => {
    const state = run({ type: 'load-started', fileName: 'image.png', bytes: 100 }, { type: 'load-failed', message: refused });
    expect(state).toMatchObject({ phase: 'error', error: refused, loading: null, notice: null });
  });

  it('replaces the open list when the second file loads, starting its screen afresh', () => {
    const state = run(...openDemo, { type: 'load-started', fileName: 'b.tsv', bytes: 100 }, { type: 'list-loaded', meta: meta('b.tsv', 3), rows: rows(3), now: 9 });
    expect(state).toMatchObject({ phase: 'ready', tab: 'list', fileName: 'b.tsv', meta: { total: 3 }, now: 9, listId: 2, loading: null });
    expect(state.rows).toHaveLength(3);
  });

  it('clears an old notice when another load starts, and a dismissed notice is gone', () => {
    const failed = run(...openDemo, { type: 'load-started', fileName: 'x.png', bytes: 100 }, { type: 'load-failed', message: refused });
    expect(appReducer(failed, { type: 'load-started', fileName: 'y.tsv', bytes: 100 }).notice).toBeNull();
    expect(appReducer(failed, { type: 'notice-dismissed' }).notice).toBeNull();
  });

  it('shows a host message as a notice without a failed file', () => {
    expect(run({ type: 'notice-shown', message: refused }).notice).toEqual({ message: refused, failedFile: null });
  });

  it('ignores progress that arrives after the load ended', () => {
    const before = run(...openDemo);
    expect(appReducer(before, { type: 'load-progress', done: 1, total: 2, rows: 0 })).toBe(before);
  });

  it('shows every loose certificate file opened so far (the desk answers with all of them, read together) on their tab', () => {
    const state = run({ type: 'loose-loaded', result: loose(1), now: 7 }, { type: 'loose-loaded', result: loose(3), now: 8 });
    expect(state).toMatchObject({ phase: 'ready', tab: 'loose', now: 8 });
    expect(state.loose?.certificates).toHaveLength(3);
  });

  it('stays loading when loose files arrive during a list load', () => {
    const state = run({ type: 'load-started', fileName: 'a.tsv', bytes: 100 }, { type: 'loose-loaded', result: loose(1), now: 7 });
    expect(state.phase).toBe('loading');
  });

  it('keeps the list classified at its own instant when loose files are added', () => {
    expect(run(...openDemo, { type: 'loose-loaded', result: loose(1), now: 9 }).now).toBe(5);
  });

  it('says work is open once a list or loose certificates are', () => {
    expect([INITIAL_STATE, run(...openDemo), run({ type: 'loose-loaded', result: loose(1), now: 1 })].map(hasOpenWork)).toEqual([false, true, true]);
  });

  it('returns to the start screen when closed, keeping the counters', () => {
    expect(run(...openDemo, { type: 'closed' })).toEqual({ ...INITIAL_STATE, listId: 1 });
  });

  it('marks views stale when CA files are added, and keeps that count across closing', () => {
    const state = run({ type: 'loose-loaded', result: loose(1), now: 1 }, { type: 'cas-added', loose: loose(1) }, { type: 'closed' });
    expect(state).toEqual({ ...INITIAL_STATE, caVersion: 1 });
  });

  it('replaces the loose views with the rebuilt ones when CA files are added', () => {
    const state = run({ type: 'loose-loaded', result: loose(2), now: 1 }, { type: 'cas-added', loose: loose(2) });
    expect(state.loose?.certificates).toHaveLength(2);
    expect(state.caVersion).toBe(1);
  });

  describe('「別のファイルを開く」 and 「一覧に戻る」', () => {
    it('shows the start screen over the open list and keeps every row of it', () => {
      const before = run(...openDemo);
      const state = appReducer(before, { type: 'start-shown' });
      expect(state).toEqual({ ...before, phase: 'start' });
      expect(hasOpenWork(state)).toBe(true);
    });

    it('returns to the kept list unchanged with 一覧に戻る', () => {
      const before = run(...openDemo);
      expect(run(...openDemo, { type: 'start-shown' }, { type: 'start-left' })).toEqual(before);
    });

    it('returns to the kept loose certificates on their tab', () => {
      const state = run({ type: 'loose-loaded', result: loose(2), now: 1 }, { type: 'start-shown' }, { type: 'start-left' });
      expect(state).toMatchObject({ phase: 'ready', tab: 'loose', loose: { certificates: [{}, {}] } });
    });

    it('clears a notice when the start screen is shown over open work', () => {
      const state = run(...openDemo, { type: 'notice-shown', message: refused }, { type: 'start-shown' });
      expect(state).toMatchObject({ phase: 'start', notice: null, meta: { total: 39 } });
    });

    it('goes to a fresh start screen from the error screen, keeping the counters', () => {
      const state = run({ type: 'cas-added', loose: loose(0) }, { type: 'load-started', fileName: 'bad.tsv', bytes: 1 }, { type: 'load-failed', message: refused }, { type: 'start-shown' });
      expect(state).toEqual({ ...INITIAL_STATE, caVersion: 1 });
    });

    it('ignores 一覧に戻る when nothing is kept or the list is already shown', () => {
      const ready = run(...openDemo);
      expect(appReducer(ready, { type: 'start-left' })).toBe(ready);
      expect(appReducer(INITIAL_STATE, { type: 'start-left' })).toBe(INITIAL_STATE);
    });

    it('keeps the old list when a file opened from the kept start screen is cancelled or fails', () => {
      const fromStart: AppAction[] = [...openDemo, { type: 'start-shown' }, { type: 'load-started', fileName: 'big.tsv', bytes: 100 }];
      expect(run(...fromStart, { type: 'load-cancelled' })).toEqual(run(...openDemo));
      expect(run(...fromStart, { type: 'load-failed', message: refused })).toMatchObject({ phase: 'ready', meta: { total: 39 }, rows: { length: 39 }, notice: { failedFile: 'big.tsv' } });
    });

    it('replaces the kept list with the new one once it has loaded', () => {
      const state = run(...openDemo, { type: 'start-shown' }, { type: 'load-started', fileName: 'b.tsv', bytes: 1 }, { type: 'list-loaded', meta: meta('b.tsv', 2), rows: rows(2), now: 8 });
      expect(state).toMatchObject({ phase: 'ready', fileName: 'b.tsv', listId: 2, rows: { length: 2 } });
    });
  });
});
