import type { CliIo } from './command';
import { formatMessage } from './i18n/i18n';
import { run } from './run';
import { promptSecret } from './secret-prompt';

// The entry point bundled into dist/cli/upki-tsv.mjs: wires the program to the process.
// Output piped into `head` closes early: stop quietly instead of crashing on EPIPE.
const quietOnEpipe = (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
};
process.stdout.on('error', quietOnEpipe);
// process.stderr (like process.stdin) is a stream Node makes, loading its modules, when first asked for:
// it is asked for only when something is written to it, which most runs never do (issue 13, cold start).
let stderr: NodeJS.WriteStream | null = null;
const writeStderr = (text: string) => {
  if (stderr === null) {
    stderr = process.stderr;
    stderr.on('error', quietOnEpipe);
  }
  stderr.write(text);
};
// Last line of defence: whatever escapes run() still ends as one line and status 1, never a stack trace.
// In English: what escaped may have come before --lang and the locale were read.
process.on('uncaughtException', (error) => {
  writeStderr(`upki-tsv: ${formatMessage('en', 'run.internalError', { detail: String(error instanceof Error ? error.message : error).split('\n')[0] ?? '' })}\n`);
  process.exit(1);
});

const io: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: writeStderr,
  cwd: process.cwd(),
  env: process.env,
  // A passphrase prompt only on a terminal: a pipe is never read as a secret. Whether stdin is one is
  // asked when a key needs it (a getter), and of the descriptor: process.stdin would make the stdin stream
  // and node:tty would load node:net, on every run (issue 13, cold start).
  get readSecret() {
    return process.getBuiltinModule('node:tty').isatty(0) ? (prompt: string) => promptSecret(prompt) : undefined;
  },
};
process.exitCode = await run(process.argv.slice(2), io);
