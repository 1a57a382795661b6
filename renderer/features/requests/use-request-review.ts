import { useCallback, useState } from 'react';
import type { LocalizedText } from '../../../shared/model/localized-text';
import type { RequestReviewResult } from '../../../shared/use-cases/request-review';
import { failureText } from '../../app/failure-text';
import type { Services } from '../../app/services';

/** The review on screen: none, one being made, its result, or why no file could be reviewed. */
export type RequestReviewState =
  | { readonly phase: 'closed' }
  | { readonly phase: 'checking'; readonly fileName: string }
  | { readonly phase: 'done'; readonly result: RequestReviewResult; readonly listName: string | null }
  | { readonly phase: 'failed'; readonly message: LocalizedText };

/** 申請ファイルを確認: choose a request file, review it in the worker (against the list when one is open), show the result until closed. */
export interface RequestReviewActions {
  readonly state: RequestReviewState;
  /** Asks for a request file and reviews it; `listName` is the open list's name, or null when none is open. */
  readonly check: (listName: string | null) => Promise<void>;
  readonly close: () => void;
}

export function useRequestReview({ host, worker }: Services): RequestReviewActions {
  const [state, setState] = useState<RequestReviewState>({ phase: 'closed' });
  const check = useCallback(
    async (listName: string | null) => {
      const chosen = await host.openFiles('request');
      if (!chosen.ok) return setState({ phase: 'failed', message: chosen.error.message });
      const file = chosen.value?.[0];
      // Cancelled: whatever was on screen stays.
      if (!file) return;
      setState({ phase: 'checking', fileName: file.name });
      try {
        const result = await worker.call('reviewRequest', { file, now: Date.now(), againstList: listName !== null });
        setState({ phase: 'done', result, listName: result.ok && result.review.checkedAgainstList ? listName : null });
      } catch (error) {
        setState({ phase: 'failed', message: failureText(error) });
      }
    },
    [host, worker],
  );
  const close = useCallback(() => setState({ phase: 'closed' }), []);
  return { state, check, close };
}
