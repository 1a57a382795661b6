import { useEffect, useState } from 'react';
import type { LocalizedText } from '../../../shared/model/localized-text';
import { failureText } from '../../app/failure-text';
import type { RecordView } from '../../../shared/use-cases/views';
import type { ListWorkerClient } from '../../workers/list-worker-client';

/** What the details pane has for the open record: nothing open, loading, the view, or a failure. */
export type RecordViewState =
  | { readonly status: 'closed' }
  | { readonly status: 'loading'; readonly index: number }
  | { readonly status: 'ready'; readonly index: number; readonly view: RecordView }
  | { readonly status: 'failed'; readonly index: number; readonly message: LocalizedText };

/** Asks the worker for the record's full view (cells, DER, decoded certificate, findings) whenever `index` (or the CA set) changes. */
export function useRecordView(worker: ListWorkerClient, index: number | null, now: number, caVersion = 0): RecordViewState {
  const [state, setState] = useState<RecordViewState>({ status: 'closed' });
  useEffect(() => {
    if (index === null) {
      setState({ status: 'closed' });
      return;
    }
    let alive = true;
    setState({ status: 'loading', index });
    worker.call('record', { index, now }).then(
      (view) => {
        if (!alive) return;
        setState(view ? { status: 'ready', index, view } : { status: 'failed', index, message: failureText(`no record ${index}`) });
      },
      (error: unknown) => {
        if (alive) setState({ status: 'failed', index, message: failureText(error) });
      },
    );
    return () => {
      alive = false;
    };
  }, [worker, index, now, caVersion]);
  return state;
}
