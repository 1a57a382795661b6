import { useEffect, useRef, useState } from 'react';
import type { ListMeta, ListQuery, QueryResult } from '../../../shared/use-cases/views';
import type { ListWorkerClient } from '../../workers/list-worker-client';
import { emptyMatches } from '../../../shared/use-cases/packed-matches';

/**
 * Runs the query in the worker whenever it (or the list) changes, live as the user types.
 * Answers to older keystrokes that arrive late are dropped; null until the first answer.
 */
export function useListQuery(worker: ListWorkerClient, meta: ListMeta | null, query: ListQuery, now: number): QueryResult | null {
  const [result, setResult] = useState<QueryResult | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!meta) {
      setResult(null);
      return;
    }
    const ticket = ++latest.current;
    worker.call('query', { query, now }).then(
      (answer) => {
        if (ticket === latest.current) setResult(answer);
      },
      () => {
        if (ticket === latest.current) setResult({ indices: new Int32Array(0), matches: emptyMatches(0) });
      },
    );
  }, [worker, meta, query, now]);
  return result;
}
