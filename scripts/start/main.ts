import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readChosenFile } from '../../node/files/read-chosen-file';
import { findElectronBinary } from './electron-binary';
import { failureLine, launchFileLine, START_MESSAGES, urlLine } from './messages';
import { runNode } from './run-process';
import { parseStartOptions, START_USAGE } from './start-options';
import { newLaunchToken } from './launch-token';
import { createStaticServer, listenOnLoopback, type LaunchFile } from './static-server';
import { isWebBuildStale, modificationTimeOf, newestModificationTime, webBuildInputs } from './web-build';

/** Exit codes of `npm start`: 0 done, 1 could not start, 2 bad arguments or file. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** Everything runStart touches outside itself, so tests can drive it. */
export interface StartContext {
  readonly projectRoot: string;
  readonly cwd: string;
  readonly args: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly print: (line: string) => void;
  readonly printError: (line: string) => void;
  /** Resolves when the user asks to stop (Ctrl+C, SIGTERM). */
  readonly untilStopped: () => Promise<void>;
}

/** Builds dist/web when it is missing or older than its sources; null when fine, else the reason. */
async function ensureWebBuild(context: StartContext): Promise<string | null> {
  const index = join(context.projectRoot, 'dist', 'web', 'index.html');
  if (!isWebBuildStale(modificationTimeOf(index), newestModificationTime(webBuildInputs(context.projectRoot)))) return null;
  context.print(START_MESSAGES.building);
  const vite = join(context.projectRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const build = await runNode(context.projectRoot, [vite, 'build'], false);
  if (build.code !== 0) return `${START_MESSAGES.buildFailed}\n${build.output.trim().split('\n').slice(-20).join('\n')}`;
  return existsSync(index) ? null : START_MESSAGES.buildMissing;
}

/** Runs the Electron app through Electron Forge, opening `file`; resolves with its exit code. */
async function startElectron(context: StartContext, file: string | null): Promise<number> {
  context.print(START_MESSAGES.startingElectron);
  const forge = join(context.projectRoot, 'node_modules', '@electron-forge', 'cli', 'dist', 'electron-forge.js');
  const outcome = await runNode(context.projectRoot, [forge, 'start', ...(file === null ? [] : ['--', file])], true);
  return outcome.code;
}

/** Serves the Chrome page with the launch file on 127.0.0.1 until stopped. */
async function serveForChrome(context: StartContext, port: number, launch: LaunchFile | null): Promise<number> {
  const server = createStaticServer({ root: join(context.projectRoot, 'dist', 'web'), launchFile: launch, launchToken: newLaunchToken() });
  const actualPort = await listenOnLoopback(server, port);
  context.print(urlLine(`http://127.0.0.1:${actualPort}/`));
  context.print(START_MESSAGES.stop);
  await context.untilStopped();
  await new Promise<void>((done) => server.close(() => done()));
  server.closeAllConnections();
  return EXIT.ok;
}

/**
 * `npm start`: the Electron app (via `electron-forge start`) when an Electron binary is installed,
 * otherwise one clear line saying so and the same UI for Chrome on http://127.0.0.1:PORT/, built first
 * when stale. Opens the given file, or the demo file. Resolves with an exit code; never throws.
 */
export async function runStart(context: StartContext): Promise<number> {
  try {
    const parsed = parseStartOptions(context.args);
    if (!parsed.ok) {
      context.printError(parsed.message);
      context.printError(START_USAGE);
      return EXIT.usage;
    }
    const { options } = parsed;
    if (options.help) {
      context.print(START_USAGE);
      return EXIT.ok;
    }
    const demo = join(context.projectRoot, 'demo', 'serverAll.tsv');
    const file = options.file !== null ? resolve(context.cwd, options.file) : existsSync(demo) ? demo : null;
    const opened = file === null ? null : await readChosenFile(file);
    if (opened !== null && !opened.ok) {
      context.printError(failureLine(`${opened.error.message.ja} / ${opened.error.message.en}`));
      return EXIT.usage;
    }
    const electron = options.forceWeb ? null : findElectronBinary(context.projectRoot, context.env);
    if (electron !== null) return await startElectron(context, file);
    context.print(options.forceWeb ? START_MESSAGES.webRequested : START_MESSAGES.electronUnavailable);
    const buildProblem = await ensureWebBuild(context);
    if (buildProblem !== null) {
      context.printError(failureLine(buildProblem));
      return EXIT.failed;
    }
    if (opened === null) context.print(START_MESSAGES.noDemo);
    else context.print(launchFileLine(opened.value.name, options.file === null));
    return await serveForChrome(context, options.port, opened === null ? null : opened.value);
  } catch (error) {
    context.printError(failureLine(error instanceof Error ? error.message : String(error)));
    return EXIT.failed;
  }
}
