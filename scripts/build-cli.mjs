// Bundles the upki-tsv CLI into one ES module that runs on Node >= 20, so `node bin/upki-tsv.mjs`
// works right after `npm ci` (npm runs this as the `prepare` script; the bin also calls it once when
// the bundle is missing, e.g. after `npm ci --ignore-scripts`).
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Writes dist/cli/upki-tsv.mjs from cli/main.ts. */
export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli/upki-tsv.mjs',
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    logLevel: 'warning',
    // CommonJS dependencies (papaparse, tsyringe) call require(); give the ES bundle one.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
