/**
 * The single-file web build the browser benchmark opens: `npm run build:web` (vite build → dist/web/index.html)
 * once per run, or the existing dist/web/index.html with --no-build. The page is copied into the run's
 * temp folder, so a rebuild meanwhile (someone else's, or a test's) cannot change it between measurements.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The copy to open, and how it was made. */
export interface WebBuild {
  readonly url: string;
  readonly bytes: number;
  readonly summary: string;
}

/** Builds (unless `build` is false) and copies dist/web/index.html into `dir`; a string says why not. */
export function prepareWebBuild(repo: string, dir: string, build: boolean): WebBuild | string {
  const built = join(repo, 'dist', 'web', 'index.html');
  let summary = 'reused dist/web/index.html (--no-build)';
  if (build) {
    const started = performance.now();
    // What `npm run build:web` runs, without npm in between.
    const result = spawnSync(process.execPath, [join(repo, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], { cwd: repo, encoding: 'utf8' });
    if (result.status !== 0) return `npm run build:web failed (exit ${result.status}): ${(result.stderr || result.stdout).trim().split('\n').slice(-3).join(' | ')}`;
    summary = `built dist/web/index.html (vite build, as npm run build:web) in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  }
  if (!existsSync(built)) return 'dist/web/index.html does not exist (run without --no-build)';
  const copyDir = join(dir, 'web');
  mkdirSync(copyDir, { recursive: true });
  const copy = join(copyDir, 'index.html');
  copyFileSync(built, copy);
  const bytes = statSync(copy).size;
  return { url: pathToFileURL(copy).href, bytes, summary: `${summary}, ${(bytes / 1024 / 1024).toFixed(1)} MB` };
}
