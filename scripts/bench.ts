/**
 * `npm run bench`: generates 1,000 / 10,000 / 50,000-row CP932 serverAll.tsv files in a temp folder
 * and measures the real pipeline on each (read, readCertificateList, search index, per-keystroke
 * filtering, peak memory, longest main-thread block) beside the Node floor (read + Shift_JIS decode +
 * split, scripts/bench/node-floor.ts), then the same file in Debian Chromium on the single-file web
 * build from file:// at 1, 2 and all parse workers (scripts/bench/browser-measure.ts), then the CLI's
 * cold start (scripts/bench/cli-start.ts). Prints figures; asserts nothing.
 *   --rows N   measure one size     --quick   1,000 rows and one worker setting only (CI smoke)
 *   --keep     keep the files       --no-cli  skip the CLI cold start
 *   --no-browser  skip the browser  --no-build  open the existing dist/web/index.html instead of building it
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigTsv } from './bench/big-tsv';
import { createCertificatePool } from './bench/certificate-pool';
import { measureInBrowser, type BrowserMeasurement, type WorkerSetting } from './bench/browser-measure';
import { formatBrowser, formatFloor } from './bench/browser-report';
import { formatCliStart, measureCliStart } from './bench/cli-start';
import type { FileMeasurement } from './bench/measure-file';
import type { NodeFloor } from './bench/node-floor';
import { formatMeasurement } from './bench/report';
import { prepareWebBuild, type WebBuild } from './bench/web-build';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = join(HERE, '..');

function sizesFromArgs(args: readonly string[]): number[] {
  if (args.includes('--quick')) return [1000];
  const at = args.indexOf('--rows');
  if (at >= 0) {
    const rows = Number(args[at + 1]);
    if (!Number.isInteger(rows) || rows <= 0) throw new Error('--rows needs a positive integer');
    return [rows];
  }
  return [1000, 10_000, 50_000];
}

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** The parse-worker settings the browser is measured at: ?parseWorkers=1, =2, and none (the renderer's default, all it uses). */
function workerSettings(args: readonly string[]): WorkerSetting[] {
  const all: WorkerSetting = { label: 'all', parseWorkers: null };
  return args.includes('--quick') ? [all] : [{ label: '1', parseWorkers: 1 }, { label: '2', parseWorkers: 2 }, all];
}

/** Runs `scripts/bench/<script> <file>` in a fresh Node process and parses its last output line as JSON. */
function runChild<T>(script: string, file: string): T | string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'bench', script), file], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) return `measurement failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  return JSON.parse(line) as T;
}

/** The browser block of one file: one fresh browser per worker setting. */
async function measureBrowser(web: WebBuild, file: string, settings: readonly WorkerSetting[]): Promise<(BrowserMeasurement | string)[]> {
  const results: (BrowserMeasurement | string)[] = [];
  for (const setting of settings) {
    results.push(await measureInBrowser({ pageUrl: web.url, file, setting, executablePath: CHROMIUM, timeoutMs: 10 * 60_000, maxScrollFrames: 600 }));
  }
  return results;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const sizes = sizesFromArgs(args);
  if (!existsSync(join(REPO, 'shared', 'tsv', 'read-certificate-list.ts'))) {
    console.log('bench: shared/tsv/read-certificate-list.ts does not exist yet; nothing to measure.');
    return;
  }
  console.log(`bench: node ${process.version}, ${sizes.map((n) => n.toLocaleString('en')).join(' / ')} rows`);
  let started = performance.now();
  const pool = await createCertificatePool(200);
  console.log(`certificate pool: ${pool.length} certificates + CSRs in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  const dir = mkdtempSync(join(tmpdir(), 'upki-bench-'));
  try {
    let web: WebBuild | null = null;
    if (!args.includes('--no-browser')) {
      const prepared = existsSync(CHROMIUM) ? prepareWebBuild(REPO, dir, !args.includes('--no-build')) : `${CHROMIUM} does not exist (set CHROMIUM_PATH)`;
      console.log(`browser: ${typeof prepared === 'string' ? `skipped, ${prepared}` : prepared.summary}`);
      if (typeof prepared !== 'string') web = prepared;
    }
    for (const rows of sizes) {
      const file = join(dir, `serverAll-${rows}.tsv`);
      started = performance.now();
      const bytes = writeBigTsv(file, rows, pool);
      console.log(`\ngenerated ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const result = runChild<FileMeasurement>('measure-file.ts', file);
      console.log(typeof result === 'string' ? `── ${rows} rows ──\n  ${result}` : formatMeasurement(rows, result));
      const floor = runChild<NodeFloor>('node-floor.ts', file);
      console.log(formatFloor(floor));
      if (web) {
        const records = typeof result === 'string' ? null : result.records;
        console.log(`\n${formatBrowser(rows, bytes, floor, records, await measureBrowser(web, file, workerSettings(args)))}`);
      }
    }
  } finally {
    if (args.includes('--keep')) console.log(`\nfiles kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  if (!args.includes('--no-cli')) console.log(`\n${formatCliStart(measureCliStart(REPO))}`);
}

await main();
