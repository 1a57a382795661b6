import type { LocalizedText } from './localized-text';

/**
 * Why a file, or one row of it, could not be read. Row problems leave the other rows loaded;
 * file problems (the `file-*` codes) mean nothing could be read.
 */
export type ProblemCode =
  // whole-file problems
  | 'file-empty'
  | 'file-binary'
  | 'file-too-large'
  | 'file-no-header'
  | 'file-encoding'
  | 'file-not-certificate'
  // header problems (the file still loads)
  | 'header-missing-columns'
  | 'header-unknown-columns'
  | 'header-duplicate-column'
  // row problems
  | 'row-too-few-cells'
  | 'row-too-many-cells'
  | 'row-unclosed-quote'
  | 'row-invalid-encoding'
  | 'cell-invalid-date'
  | 'cell-invalid-number'
  | 'certificate-invalid-base64'
  | 'certificate-truncated'
  | 'certificate-undecodable'
  | 'certificate-not-a-certificate';

/** One problem found while reading a file, with where it is (1-based line and column; null when it is the whole file or row). */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: 'error' | 'warning';
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  /** The header label of the column, when the problem is in one cell. */
  readonly columnLabel: string | null;
  readonly message: LocalizedText;
}
