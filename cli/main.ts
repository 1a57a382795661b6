import { formatMessage } from './i18n/i18n';
import { run } from './run';
import { promptSecret } from './secret-prompt';

// The entry point bundled into dist/cli/upki-tsv.mjs: wires the program to the process.
// Output piped into `head` closes early: stop quietly instead of crashing on EPIPE.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
}
// Last line of defence: whatever escapes run() still ends as one line and status 1, never a stack trace.
// In English: what escaped may have come before --lang and the locale were read.
process.on('uncaughtException', (error) => {
  process.stderr.write(`upki-tsv: ${formatMessage('en', 'run.internalError', { detail: String(error instanceof Error ? error.message : error).split('\n')[0] ?? '' })}\n`);
  process.exit(1);
});

const code = await run(process.argv.slice(2), {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
  env: process.env,
  // A passphrase prompt only on a terminal: a pipe is never read as a secret.
  ...(process.stdin.isTTY ? { readSecret: (prompt: string) => promptSecret(prompt) } : {}),
});
process.exitCode = code;
