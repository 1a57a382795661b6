// Bundles the upki-tsv CLI into one ES module that runs on Node >= 20, so `node bin/upki-tsv.mjs`
// works right after `npm ci` (npm runs this as the `prepare` script).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';

if (!existsSync('cli/main.ts')) {
  console.log('build-cli: cli/main.ts not present yet, nothing to bundle');
  process.exit(0);
}
await build({
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
