/**
 * The CLI's cold start (issue 13): CPU time (user + system, every thread of the process) of
 * `node bin/upki-tsv.mjs` for the program help, a list as JSON and an inspect of one certificate,
 * beside `node -e 0` (Node's own start, the floor). The runs take turns so that a busy moment of a
 * shared machine touches every command alike; medians are reported. Measurement only: nothing is asserted.
 */
import { spawnSync } from 'node:child_process';

/** Preloaded into every timed process: at exit, its CPU time in microseconds on file descriptor 3. */
const CPU_AT_EXIT = `data:text/javascript,${encodeURIComponent("process.on('exit', () => { const u = process.cpuUsage(); process.getBuiltinModule('node:fs').writeSync(3, String(u.user + u.system)); });")}`;

/** What is timed: a label and the arguments after `node`. */
const RUNS: readonly { readonly label: string; readonly args: readonly string[] }[] = [
  { label: 'node -e 0 (floor)', args: ['-e', '0'] },
  { label: 'upki-tsv --help', args: ['bin/upki-tsv.mjs', '--help'] },
  { label: 'upki-tsv list serverAll.tsv --json', args: ['bin/upki-tsv.mjs', 'list', 'test/fixtures/tsv/serverAll.tsv', '--json'] },
  { label: 'upki-tsv inspect leaf-idp.pem', args: ['bin/upki-tsv.mjs', 'inspect', 'test/fixtures/certs/leaf-idp.pem'] },
];

/** One command's median CPU time, seconds. */
export interface StartTime {
  readonly label: string;
  readonly seconds: number;
}

/** CPU seconds of one run of `node ARGS` in `repo`, or an error text. */
function cpuSeconds(repo: string, args: readonly string[]): number | string {
  const child = spawnSync(process.execPath, [`--import=${CPU_AT_EXIT}`, ...args], { cwd: repo, stdio: ['ignore', 'ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  const micros = Number(child.output[3]);
  if (child.status !== 0 || !Number.isFinite(micros) || micros <= 0) return `node ${args.join(' ')}: exit ${child.status} ${String(child.stderr).trim().split('\n')[0] ?? ''}`;
  return micros / 1e6;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Builds the CLI as `npm ci` does, then times each command `runs` times; the floor first. */
export function measureCliStart(repo: string, runs = 10): StartTime[] | string {
  const build = spawnSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: repo, encoding: 'utf8' });
  if (build.status !== 0) return `the CLI does not build: ${build.stderr.trim().split('\n')[0] ?? ''}`;
  const times: number[][] = RUNS.map(() => []);
  for (let run = 0; run < runs; run++) {
    for (const [index, { args }] of RUNS.entries()) {
      const seconds = cpuSeconds(repo, args);
      if (typeof seconds === 'string') return seconds;
      times[index]!.push(seconds);
    }
  }
  return RUNS.map(({ label }, index) => ({ label, seconds: median(times[index]!) }));
}

/** The block `npm run bench` prints: each median, and as a multiple of the floor. */
export function formatCliStart(result: StartTime[] | string, runs = 10): string {
  const heading = `── CLI cold start (CPU time user+sys, median of ${runs} runs, node ${process.version}) ──`;
  if (typeof result === 'string') return `${heading}\n  ${result}`;
  const floor = result[0]!.seconds;
  return [heading, ...result.map(({ label, seconds }, index) => `  ${label.padEnd(36)} ${seconds.toFixed(3)} s${index === 0 ? '' : `  (${(seconds / floor).toFixed(1)}× the floor)`}`)].join('\n');
}
