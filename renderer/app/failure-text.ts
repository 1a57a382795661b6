import type { LocalizedText } from '../../shared/model/localized-text';
import { bothLanguages } from '../i18n/i18n';
import type { MessageKey } from '../i18n/ja';
import { WorkerCallError, type WorkerFailureCode } from '../workers/worker-call-error';

/** The catalogue's words for the worker's own failures (the desk's failures bring their own sentence). */
const WORKER_FAILURE_KEYS: Readonly<Partial<Record<WorkerFailureCode, MessageKey>>> = {
  'worker-crashed': 'worker.crashed',
  'worker-stopped': 'worker.stopped',
  'list-replaced': 'worker.replaced',
};

/**
 * What to tell the staff member about a failed call, in both languages: the desk's own sentence, the
 * catalogue's words for a worker that is gone, or "an unexpected error" with its detail.
 */
export function failureText(error: unknown): LocalizedText {
  if (error instanceof WorkerCallError) {
    if (error.text) return error.text;
    const key = WORKER_FAILURE_KEYS[error.code];
    if (key) return bothLanguages(key);
  }
  return bothLanguages('app.unexpectedErrorDetail', { detail: error instanceof Error ? error.message : String(error) });
}
