#!/usr/bin/env node
// Entry point of the upki-tsv command. The program is bundled by `npm ci` (the prepare script); when
// the bundle is missing (installed with --ignore-scripts) it is built once here.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/upki-tsv.mjs', import.meta.url));
if (!existsSync(bundle)) {
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
  } catch {
    process.stderr.write('upki-tsv: the CLI is not built yet; run `npm ci` (or `npm run build:cli`) in the project folder first.\n');
    process.exit(1);
  }
}
await import(pathToFileURL(bundle).href);
