import type { LocalizedText } from '../../shared/model/localized-text';
import type { DeskFailure, DeskFailureCode } from '../../shared/use-cases/desk-failure';

/**
 * Why a call to the list worker failed: the desk's own failure (with its sentence in both languages),
 * or the worker itself being gone — it crashed, was stopped, or its list was replaced by another.
 */
export type WorkerFailureCode = DeskFailureCode | 'worker-crashed' | 'worker-stopped' | 'list-replaced';

/** The error a worker call rejects with: a code, and the desk's sentence when the desk failed. */
export class WorkerCallError extends Error {
  constructor(
    readonly code: WorkerFailureCode,
    /** The desk's sentence for a desk failure; null for the worker's own failures, which the UI words from its catalogue. */
    readonly text: LocalizedText | null,
    detail: string = code,
  ) {
    super(detail);
  }

  /** The error for a failure the desk reported. */
  static fromDesk(failure: DeskFailure): WorkerCallError {
    return new WorkerCallError(failure.code, failure.message, failure.message.en);
  }
}
