import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Node.js to run project tools with: the project's own Node 22 (node_modules/.bin/node, from the
 * `node` dev dependency) when present, because Electron Forge 8 and Vite 8 need Node >= 22.13 even
 * when `node scripts/start.mjs` itself runs on an older system Node; else this process's Node.
 */
export function projectNode(projectRoot: string): string {
  const local = join(projectRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'node.exe' : 'node');
  return existsSync(local) ? local : process.execPath;
}

/** The result of a finished child process: its exit code (1 when killed by a signal) and, when captured, its output. */
export interface ProcessOutcome {
  readonly code: number;
  readonly output: string;
}

/**
 * Runs `node <args>` in the project. `inherit` shows the child's output live (Electron); otherwise
 * output is captured and returned (the web build, shown only when it fails).
 */
export function runNode(projectRoot: string, args: readonly string[], inherit: boolean): Promise<ProcessOutcome> {
  return new Promise((resolve, reject) => {
    const child = spawn(projectNode(projectRoot), args, { cwd: projectRoot, stdio: inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'], windowsHide: true });
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}
