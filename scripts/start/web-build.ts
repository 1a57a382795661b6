import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Paths (files or folders) whose change means the web page must be rebuilt. */
export function webBuildInputs(projectRoot: string): string[] {
  return ['renderer', 'shared', 'vite.config.ts', 'demo/serverAll.tsv', 'package.json'].map((path) => join(projectRoot, path));
}

/** The newest modification time (epoch ms) of the files at or under the paths; 0 when none exist. */
export function newestModificationTime(paths: readonly string[]): number {
  let newest = 0;
  const visit = (path: string): void => {
    let stats;
    try {
      stats = statSync(path);
    } catch {
      return;
    }
    if (stats.isDirectory()) {
      for (const name of readdirSync(path)) if (name !== 'node_modules' && !name.startsWith('.')) visit(join(path, name));
    } else {
      newest = Math.max(newest, stats.mtimeMs);
    }
  };
  for (const path of paths) visit(path);
  return newest;
}

/** True when the built page is missing (`builtAt` null) or older than its newest input (times in epoch ms). */
export function isWebBuildStale(builtAt: number | null, newestInput: number): boolean {
  return builtAt === null || builtAt < newestInput;
}

/** The modification time of a file (epoch ms), or null when it does not exist. */
export function modificationTimeOf(path: string): number | null {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return null;
  }
}
