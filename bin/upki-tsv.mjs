#!/usr/bin/env node
// Entry point of the upki-tsv command. The program is bundled by `npm ci` (the prepare script); when
// the bundle is missing (installed with --ignore-scripts) it is built once here.
import { fileURLToPath, pathToFileURL } from 'node:url';

// node:fs as a plain module object: `import … from 'node:fs'` makes Node's ES module view of it, which
// reads every export once and so loads the stream classes, a few milliseconds of every start (issue 13).
const { existsSync } = process.getBuiltinModule('node:fs');
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
