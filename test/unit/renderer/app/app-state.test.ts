import { describe, expect, it } from 'vitest';
import { appReducer, INITIAL_STATE, type AppAction, type AppState } from '../../../../renderer/app/app-state';
import type { ListMeta, ListRow, LooseFilesResult } from '../../../../renderer/workers/list-protocol';

const meta: ListMeta = { fileName: 'serverAll.tsv', encoding: 'shift_jis', kind: 'server', columns: [], missingColumns: [], problems: [], total: 2 };
const row = (index: number) => ({ index }) as ListRow;
const loose = (n: number): LooseFilesResult => ({ certificates: Array.from({ length: n }, (_, i) => ({ key: `k${i}` }) as never), problems: [] });

function run(...actions: AppAction[]): AppState {
  return actions.reduce(appReducer, INITIAL_STATE);
}

describe('appReducer', () => {
  it('starts on the start screen', () => {
    expect(INITIAL_STATE.phase).toBe('start');
  });

  it('goes from loading through row chunks to ready', () => {
    const loading = run({ type: 'load-started', fileName: 'serverAll.tsv', now: 5 }, { type: 'load-progress', done: 10, total: 20 });
    expect(loading).toMatchObject({ phase: 'loading', fileName: 'serverAll.tsv', now: 5, progress: { done: 10, total: 20 } });
    const ready = run(
      { type: 'load-started', fileName: 'serverAll.tsv', now: 5 },
      { type: 'rows-arrived', rows: [row(0)] },
      { type: 'rows-arrived', rows: [row(1)] },
      { type: 'list-loaded', meta },
    );
    expect(ready).toMatchObject({ phase: 'ready', meta, progress: null });
    expect(ready.rows.map((r) => r.index)).toEqual([0, 1]);
  });

  it('shows the error screen when loading fails', () => {
    const failed = run({ type: 'load-started', fileName: 'x.tsv', now: 1 }, { type: 'load-failed', message: { ja: '空です', en: 'empty' } });
    expect(failed).toMatchObject({ phase: 'error', error: { ja: '空です', en: 'empty' } });
  });

  it('forgets the previous list when another file starts loading', () => {
    const state = run({ type: 'load-started', fileName: 'a.tsv', now: 1 }, { type: 'rows-arrived', rows: [row(0)] }, { type: 'list-loaded', meta }, { type: 'load-started', fileName: 'b.tsv', now: 2 });
    expect(state).toMatchObject({ phase: 'loading', rows: [], meta: null, fileName: 'b.tsv' });
  });

  it('adds loose certificate files to those already open and shows their tab', () => {
    const state = run({ type: 'loose-loaded', result: loose(1), now: 7 }, { type: 'loose-loaded', result: loose(2), now: 8 });
    expect(state).toMatchObject({ phase: 'ready', tab: 'loose', now: 8 });
    expect(state.loose?.certificates).toHaveLength(3);
  });

  it('keeps the list classified at its own instant when loose files are added', () => {
    const state = run({ type: 'load-started', fileName: 'a.tsv', now: 1 }, { type: 'list-loaded', meta }, { type: 'loose-loaded', result: loose(1), now: 9 });
    expect(state.now).toBe(1);
  });

  it('returns to the start screen when closed', () => {
    expect(run({ type: 'load-started', fileName: 'a.tsv', now: 1 }, { type: 'closed' })).toEqual(INITIAL_STATE);
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
});
