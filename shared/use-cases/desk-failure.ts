import type { LocalizedText } from '../model/localized-text';

/** Why a desk call failed: no list is open, or something unexpected (a bug), with its detail. */
export type DeskFailureCode = 'no-list-loaded' | 'unexpected';

/** A failed desk call as data: a code and the sentence for the staff member in both languages. */
export interface DeskFailure {
  readonly code: DeskFailureCode;
  readonly message: LocalizedText;
}

/** The error a desk call throws; it carries its failure so that it crosses the worker boundary as data. */
export class DeskError extends Error {
  constructor(readonly failure: DeskFailure) {
    super(failure.message.en);
  }
}

/** The failure for "no list is open". */
export function noListLoaded(): DeskError {
  return new DeskError({ code: 'no-list-loaded', message: { ja: '一覧が開かれていません。もう一度ファイルを開いてください。', en: 'No list is open. Open the file again.' } });
}

/** Any thrown value as a failure: a DeskError's own, else `unexpected` with the error's text as detail. */
export function deskFailureOf(error: unknown): DeskFailure {
  if (error instanceof DeskError) return error.failure;
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: 'unexpected',
    message: { ja: `予期しないエラーが起きました（${detail}）。`, en: `An unexpected error occurred (${detail}).` },
  };
}
