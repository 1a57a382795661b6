import type { LocalizedText } from './localized-text';

/** How bad a diagnostic finding is; the UI lists errors first. */
export type FindingSeverity = 'error' | 'warning' | 'info' | 'ok';

/**
 * One diagnostic result about a certificate or file: a stable code (e.g. `expired`, `incomplete-chain`),
 * a sentence for the staff member, and, where there is one, a concrete fix for the server admin.
 */
export interface Finding {
  readonly code: string;
  readonly severity: FindingSeverity;
  readonly message: LocalizedText;
  readonly advice?: LocalizedText;
}
