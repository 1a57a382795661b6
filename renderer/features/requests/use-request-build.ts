import { useEffect, useRef, useState } from 'react';
import type { LocalizedText } from '../../../shared/model/localized-text';
import type { BuiltRequestFiles } from '../../../shared/use-cases/request-build';
import { failureText } from '../../app/failure-text';

/** Where a request build stands: the last answer (kept while the next runs), whether one is running, or why it failed. */
export interface RequestBuildState {
  /** Nothing to build yet (no reason chosen, no CSR): the form says what is missing. */
  readonly waiting: boolean;
  readonly built: BuiltRequestFiles | null;
  /** A build for the form as it is now is under way: the last answer is stale and may not be saved. */
  readonly pending: boolean;
  readonly failed: LocalizedText | null;
}

const WAITING: RequestBuildState = { waiting: true, built: null, pending: false, failed: null };

/** How long typing may pause before the form is built again, in ms. */
const SETTLE_MS = 200;

/**
 * Builds the request again whenever `key` (the form's values) changes, a moment after the last
 * change, and keeps only the answer for the latest values: the dialog shows the problems as the
 * staff member chooses, and saves only what was built from what is on screen. `run` null: nothing
 * to build yet.
 */
export function useRequestBuild(run: (() => Promise<BuiltRequestFiles>) | null, key: string): RequestBuildState {
  const [state, setState] = useState<RequestBuildState>(WAITING);
  const runRef = useRef(run);
  runRef.current = run;
  const ready = run !== null;
  useEffect(() => {
    const current = runRef.current;
    if (!ready || !current) {
      setState(WAITING);
      return;
    }
    let live = true;
    setState((previous) => ({ waiting: false, built: previous.built, pending: true, failed: null }));
    const timer = window.setTimeout(() => {
      current().then(
        (built) => live && setState({ waiting: false, built, pending: false, failed: null }),
        (error: unknown) => live && setState({ waiting: false, built: null, pending: false, failed: failureText(error) }),
      );
    }, SETTLE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [key, ready]);
  return state;
}
