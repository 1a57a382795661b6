// @vitest-environment happy-dom
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { INITIAL_QUERY } from '../../../../../renderer/features/filter/filter-state';
import { useListQuery } from '../../../../../renderer/features/filter/use-list-query';
import type { ListMeta, ListQuery, QueryResult } from '../../../../../shared/use-cases/views';
import type { ListWorkerClient } from '../../../../../renderer/workers/list-worker-client';
import { emptyMatches } from '../../../../../shared/use-cases/packed-matches';

const meta: ListMeta = { fileName: 'a.tsv', encoding: 'utf-8', kind: 'server', columns: [], missingColumns: [], problems: [], total: 3 };
const resultOf = (...indices: number[]): QueryResult => ({ indices: Int32Array.from(indices), matches: emptyMatches(indices.length) });

/** A worker whose query answers the test releases by hand, in any order. */
function manualWorker() {
  const calls: { query: ListQuery; resolve: (result: QueryResult) => void }[] = [];
  const worker = {
    call: (_name: string, arg: { query: ListQuery }) => new Promise<QueryResult>((resolve) => calls.push({ query: arg.query, resolve })),
  } as unknown as ListWorkerClient;
  return { worker, calls };
}

describe('useListQuery', () => {
  it('asks the worker for every new query and shows its answer', async () => {
    const { worker, calls } = manualWorker();
    const { result, rerender } = renderHook(({ query }) => useListQuery(worker, meta, query, 1), { initialProps: { query: INITIAL_QUERY } });
    expect(result.current).toEqual({ result: null, settled: false });
    await act(async () => calls[0]!.resolve(resultOf(0, 1, 2)));
    expect(Array.from(result.current.result!.indices)).toEqual([0, 1, 2]);
    expect(result.current.settled).toBe(true);
    rerender({ query: { ...INITIAL_QUERY, text: 'www' } });
    expect(calls[1]!.query.text).toBe('www');
    // The old rows stay shown, but no longer as the answer to what is typed.
    expect(Array.from(result.current.result!.indices)).toEqual([0, 1, 2]);
    expect(result.current.settled).toBe(false);
    await act(async () => calls[1]!.resolve(resultOf(1)));
    expect(result.current.settled).toBe(true);
  });

  it('drops a late answer to an older keystroke', async () => {
    const { worker, calls } = manualWorker();
    const { result, rerender } = renderHook(({ query }) => useListQuery(worker, meta, query, 1), { initialProps: { query: { ...INITIAL_QUERY, text: 'w' } } });
    rerender({ query: { ...INITIAL_QUERY, text: 'ww' } });
    await act(async () => calls[1]!.resolve(resultOf(2)));
    await act(async () => calls[0]!.resolve(resultOf(0, 1, 2)));
    await waitFor(() => expect(Array.from(result.current.result!.indices)).toEqual([2]));
    expect(result.current.settled).toBe(true);
  });

  it('asks nothing while no list is open', () => {
    const { worker, calls } = manualWorker();
    const { result } = renderHook(() => useListQuery(worker, null, INITIAL_QUERY, 1));
    expect(result.current.result).toBeNull();
    expect(calls).toHaveLength(0);
  });
});
