import type { LocalizedText } from '../shared/model/localized-text';

/** Exit status: 0 success, 1 unusable input or a failed action, 2 wrong usage. */
export type ExitCode = 0 | 1 | 2;

/**
 * A failure that ends the command with one clear line on stderr and an exit status; thrown inside
 * the CLI only and always caught in run(), so that the user never sees a stack trace.
 */
export class CliError extends Error {
  constructor(
    readonly exitCode: 1 | 2,
    readonly text: LocalizedText,
    /** For usage errors: the command whose --help to point at (null for the program). */
    readonly helpFor: string | null = null,
  ) {
    super(text.en);
  }
}

/** Unusable input or a failed action (exit 1). */
export function inputError(text: LocalizedText): CliError {
  return new CliError(1, text);
}

/** Wrong usage (exit 2), pointing at the help of `command`. */
export function usageError(text: LocalizedText, command: string | null): CliError {
  return new CliError(2, text, command);
}
