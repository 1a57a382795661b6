import type { LocalizedText } from './localized-text';

/** How bad a diagnostic finding is; the UI lists errors first. */
export type FindingSeverity = 'error' | 'warning' | 'info' | 'ok';

/** Where in an input file a finding points (1-based line and column; null when not known). */
export interface FindingLocation {
  readonly file: string | null;
  readonly line: number | null;
  readonly column: number | null;
}

/**
 * One diagnostic result about a certificate or file: a stable code (e.g. `expired`, `incomplete-chain`),
 * a sentence for the staff member, and, where there is one, a concrete fix for the server admin.
 */
export interface Finding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly message: LocalizedText;
  readonly advice?: LocalizedText;
  /** Where in an input file this finding points, when it is about a place in a file (e.g. a repaired PEM line). */
  readonly location?: FindingLocation;
}
