import { run } from '../../../cli/run';

/** One in-process run of the program to record: where it runs, its arguments, and what a prompt would be answered. */
export interface TranscriptRun {
  readonly cwd: string;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
  /** Answers to passphrase prompts, in order; without them stdin is not a terminal (no prompt). */
  readonly secrets?: readonly string[];
}

/**
 * Runs the program in-process and records everything it says, in order, as one text: the command,
 * each stdout and stderr write (and each prompt) marked with its stream, and the exit status.
 */
export async function transcriptOf(input: TranscriptRun): Promise<string> {
  const parts: string[] = [`$ upki-tsv ${input.args.join(' ')}\n`];
  const answers = [...(input.secrets ?? [])];
  const code = await run(input.args, {
    stdout: (text) => void parts.push(`[stdout]\n${text}`),
    stderr: (text) => void parts.push(`[stderr]\n${text}`),
    cwd: input.cwd,
    env: input.env,
    ...(input.secrets
      ? {
          readSecret: async (prompt: string) => {
            parts.push(`[prompt]\n${prompt}\n`);
            return answers.shift() ?? null;
          },
        }
      : {}),
  });
  parts.push(`[exit ${code}]\n`);
  return parts.join('');
}

/**
 * The parts of a transcript that change with every `npm run fixtures` or test run (folders, PEM
 * bodies and base64 cells, key-dependent digests and random serials) replaced by stable markers, so that a golden
 * file records the wording and layout only.
 */
export function stableTranscript(text: string, folders: Readonly<Record<string, string>>): string {
  let stable = text;
  for (const [marker, folder] of Object.entries(folders)) stable = stable.split(folder).join(marker);
  return stable
    .replace(/-----BEGIN ([A-Z0-9 ]+)-----[\s\S]*?-----END \1-----/g, '<PEM $1>')
    .replace(/[A-Za-z0-9+/]{64,}={0,2}/g, '<base64>')
    .replace(/\b(?:[0-9A-Fa-f]{2}:){7,}[0-9A-Fa-f]{2}\b/g, '<colon-hex>')
    .replace(/\b[0-9A-Fa-f]{32,}\b/g, '<hex>')
    .replace(/\b\d{16,}\b/g, '<number>');
}
