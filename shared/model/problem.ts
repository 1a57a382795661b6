import type { LocalizedText } from './localized-text';
import type { SourceLocation } from './location';

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
  | 'file-too-many-rows'
  | 'file-unreadable'
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
  | 'certificate-not-a-certificate'
  | 'certificate-over-limit'
  // about the problems themselves
  | 'problems-omitted';

/** One problem found while reading a file: what (a code, its severity and a sentence without the place) and where (its own object). */
export interface Problem {
  readonly code: ProblemCode;
  readonly severity: 'error' | 'warning';
  /** The file, and the 1-based line and column with the column's label when it is one cell; null parts for a whole file or row. */
  readonly location: SourceLocation;
  readonly message: LocalizedText;
}
