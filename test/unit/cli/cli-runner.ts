import { execFileSync, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The repository root (test/unit/cli → ../../..). */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../../bin/upki-tsv.mjs', import.meta.url));

/** Bundles the CLI with the project's own build script (esbuild) into dist/cli/upki-tsv.mjs. */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: ROOT, stdio: 'pipe' });
}

/** What one run of the program did. */
export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs `node bin/upki-tsv.mjs ARGS` as a child process. The locale is C (English messages) unless the
 * test sets LANG/LC_* itself, so that the output does not depend on the machine running the tests.
 */
export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const env = { PATH: process.env.PATH ?? '', LANG: 'C', ...options.env };
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Parses a run's stdout as JSON (the test fails with the output shown when it is not). */
export function jsonOf(run: CliRun): any {
  try {
    return JSON.parse(run.stdout);
  } catch {
    throw new Error(`stdout is not JSON (exit ${run.code}):\n${run.stdout.slice(0, 2000)}\nstderr:\n${run.stderr.slice(0, 2000)}`);
  }
}

/** True when text looks like a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /\n\s+at /.test(text) || /Error: .*\n\s+at/.test(text);
}

/** A finding as the CLI's JSON gives it. */
export interface JsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly message: string;
  readonly advice?: string;
  readonly location?: { file: string | null; line: number | null };
}

/** The finding codes of a JSON certificate or file entry. */
export const codesOf = (entry: { findings: readonly JsonFinding[] }): string[] => entry.findings.map((finding) => finding.code);
