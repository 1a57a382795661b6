/**
 * `npm run bench`: generates 1,000 / 10,000 / 50,000-row CP932 serverAll.tsv files in a temp folder
 * and measures the real pipeline on each (read, readCertificateList, search index, per-keystroke
 * filtering, peak memory, longest main-thread block), then the CLI's cold start (scripts/bench/cli-start.ts).
 * Prints figures; asserts nothing.
 *   --rows N   measure one size     --quick   1,000 rows only (CI smoke)     --keep   keep the files
 *   --no-cli   skip the CLI cold start
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigTsv } from './bench/big-tsv';
import { createCertificatePool } from './bench/certificate-pool';
import { formatCliStart, measureCliStart } from './bench/cli-start';
import type { FileMeasurement } from './bench/measure-file';
import { formatMeasurement } from './bench/report';

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

function measureInChild(file: string): FileMeasurement | string {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(HERE, 'bench', 'measure-file.ts'), file], {
    cwd: REPO,
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = child.stdout.trim().split('\n').at(-1) ?? '';
  if (child.status !== 0 || !line.startsWith('{')) return `measurement failed (exit ${child.status}): ${child.stderr.trim().split('\n').slice(-5).join(' | ')}`;
  return JSON.parse(line) as FileMeasurement;
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
    for (const rows of sizes) {
      const file = join(dir, `serverAll-${rows}.tsv`);
      started = performance.now();
      const bytes = writeBigTsv(file, rows, pool);
      console.log(`\ngenerated ${file} (${(bytes / 1024 / 1024).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const result = measureInChild(file);
      console.log(typeof result === 'string' ? `── ${rows} rows ──\n  ${result}` : formatMeasurement(rows, result));
    }
  } finally {
    if (args.includes('--keep')) console.log(`\nfiles kept in ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
  if (!args.includes('--no-cli')) console.log(`\n${formatCliStart(measureCliStart(REPO))}`);
}

await main();
