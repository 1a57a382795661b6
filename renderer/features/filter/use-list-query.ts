import { useEffect, useRef, useState } from 'react';
import type { ListMeta, ListQuery, QueryResult } from '../../../shared/use-cases/views';
import type { ListWorkerClient } from '../../workers/list-worker-client';
import { emptyMatches } from '../../../shared/use-cases/packed-matches';

/** The rows shown for the query, and whether they answer the query as it is now (false while a newer one runs). */
export interface ListQueryState {
  /** Null until the first answer. */
  readonly result: QueryResult | null;
  readonly settled: boolean;
}

/**
 * Runs the query in the worker whenever it (or the list) changes, live as the user types.
 * Answers to older keystrokes that arrive late are dropped; the last answer stays shown, marked
 * unsettled, until the answer to the current query arrives.
 */
export function useListQuery(worker: ListWorkerClient, meta: Pick<ListMeta, 'total'> | null, query: ListQuery, now: number): ListQueryState {
  const [answer, setAnswer] = useState<{ readonly result: QueryResult; readonly query: ListQuery } | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    if (!meta) {
      setAnswer(null);
      return;
    }
    const ticket = ++latest.current;
    worker.call('query', { query, now }).then(
      (result) => {
        if (ticket === latest.current) setAnswer({ result, query });
      },
      () => {
        if (ticket === latest.current) setAnswer({ result: { indices: new Int32Array(0), matches: emptyMatches(0) }, query });
      },
    );
  }, [worker, meta, query, now]);
  return { result: answer?.result ?? null, settled: answer !== null && answer.query === query };
}
