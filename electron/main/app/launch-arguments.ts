import { resolve } from 'node:path';

/** How the process was started. */
export interface LaunchContext {
  /** process.defaultApp: run as `electron <app path> …`, so the first positional argument is the app, not a file. */
  readonly isDefaultApp: boolean;
  /** The folder relative paths are relative to (the second instance's working directory). */
  readonly cwd: string;
}

/**
 * The files named on a command line, as absolute paths. Skips the executable, every flag (anything
 * starting with "-": Chromium switches such as --inspect=0, macOS -psn_…, the "--" separator) and,
 * under `electron .`, the app path.
 */
export function filePathsFromArgv(argv: readonly string[], context: LaunchContext): string[] {
  const positional = argv.slice(1).filter((arg) => arg.length > 0 && !arg.startsWith('-'));
  return (context.isDefaultApp ? positional.slice(1) : positional).map((arg) => resolve(context.cwd, arg));
}
