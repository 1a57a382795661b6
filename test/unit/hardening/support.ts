import { run } from '../../../cli/run';
import { FIXTURES_DIR } from '../../support/manifest';

/** What one in-process run of the CLI did: exit status and everything it wrote. */
export interface CliOutcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs upki-tsv in-process (cli/run.ts) with a fixed locale-free environment; never spawns. */
export async function runCli(argv: readonly string[], cwd: string = FIXTURES_DIR, env: Record<string, string> = {}): Promise<CliOutcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text), cwd, env: { LANG: 'C', ...env } });
  return { code, stdout, stderr };
}

/** True when text shows a JavaScript stack frame or an `Error:`-style prefix a user should never see. */
export function looksLikeStackTrace(text: string): boolean {
  return /^\s+at /m.test(text) || /\b(?:Type|Range|Syntax|Reference)?Error: /.test(text);
}

/** True when the text contains Japanese script (kana or kanji). */
export const hasJapanese = (text: string): boolean => /[\u3040-\u30ff\u4e00-\u9fff]/.test(text);

/**
 * True when the text is English prose: English words and no hiragana (every Japanese sentence has
 * some; quoted file names and column labels such as 発行・更新申請-申請ID may still hold kanji and katakana).
 */
export const isEnglish = (text: string): boolean => /\b[A-Za-z]{2,}\b.*\b[A-Za-z]{2,}\b/.test(text) && !/[\u3040-\u309f]/.test(text);
