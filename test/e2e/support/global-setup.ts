// Builds the renderer for the end-to-end tests (dist/e2e-web) when it is missing or older than any source
// it is made from, so `npm run test:e2e` always tests the current renderer. Its demo button opens the main
// test fixture (UPKI_DEMO_LIST), whose rows and reference time the manifest gives, instead of the shipped
// demo, whose dates follow the day it was generated (that one is checked in test/unit/shared/use-cases/demo-list.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_DEMO_LIST, ROOT, WEB_DIR, WEB_INDEX } from './paths';

const SOURCES = ['renderer', 'shared', 'demo', 'vite.config.ts', E2E_DEMO_LIST];

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
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn', '--outDir', WEB_DIR], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, UPKI_DEMO_LIST: E2E_DEMO_LIST },
  });
  if (result.status !== 0) throw new Error(`vite build failed with status ${result.status}`);
}
