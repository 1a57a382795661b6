// Builds dist/web (npm run build:web) before the end-to-end tests when it is missing or older than
// any source it is made from, so `npm run test:e2e` always tests the current renderer.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, WEB_INDEX } from './paths';

const SOURCES = ['renderer', 'shared', 'demo', 'vite.config.ts'];

/** The newest modification time (ms) of a file or of any file below a folder. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

export default function globalSetup(): void {
  const built = existsSync(WEB_INDEX) ? statSync(WEB_INDEX).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((source) => newest(join(ROOT, source))));
  if (built >= sources) return;
  const vite = join(ROOT, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}
