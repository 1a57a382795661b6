import { runStart } from './main';

/** Runs `npm start` in this process: the real console, Ctrl+C / SIGTERM to stop, the exit code set. */
export async function startFromCommandLine(args: readonly string[], projectRoot: string): Promise<void> {
  process.exitCode = await runStart({
    projectRoot,
    // npm runs scripts in the project folder; INIT_CWD is where the user typed `npm start -- file`.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    args,
    env: process.env,
    print: (line) => process.stdout.write(`${line}\n`),
    printError: (line) => process.stderr.write(`${line}\n`),
    untilStopped: () =>
      new Promise((resolve) => {
        process.once('SIGINT', () => resolve());
        process.once('SIGTERM', () => resolve());
      }),
  });
}
