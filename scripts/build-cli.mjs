// Bundles the upki-tsv CLI into ES modules that run on Node >= 20, so `node bin/upki-tsv.mjs` works
// right after `npm ci` (npm runs this as the `prepare` script; the bin also calls it once when the
// bundle is missing, e.g. after `npm ci --ignore-scripts`).
//
// Code splitting (issue 13, CLI cold start): the entry dist/cli/upki-tsv.mjs holds the argument
// parsing, the help and every command's spec; each command's implementation is a chunk under
// dist/cli/chunks/ that its spec loads with import() when the command runs, so `--help` or `list`
// never evaluates the x509 library, and no command evaluates another's code.
import { build } from 'esbuild';
import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = join(root, 'dist/cli');
const chunkDir = join(outdir, 'chunks');

/** Writes dist/cli/upki-tsv.mjs (the entry) and its chunks in dist/cli/chunks/ from cli/main.ts. */
export async function buildCli() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { 'upki-tsv': 'cli/main.ts' },
    outdir: 'dist/cli',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'node',
    // The ES builds of @peculiar/x509 and its asn1 packages: ES modules are evaluated without
    // CommonJS wrappers, and unused parts are left out (the library chunk: 770 KB → 507 KB). The Reflect
    // polyfill they need is then loaded ahead of them by cli/commands/load-x509-command.ts.
    mainFields: ['module', 'main'],
    target: 'node20',
    format: 'esm',
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
    // A CommonJS dependency that require()s a Node built-in is bundled as a call of `require`, which an ES
    // module lacks: give every output file one (esbuild puts the banner on the entry and on each chunk).
    // No dependency bundled today makes such a call; the banner keeps a new one from failing at run time.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  // Chunk names carry a content hash: remove the chunks of earlier builds, keep this build's.
  const written = new Set(Object.keys(result.metafile.outputs).map((output) => join(root, output)));
  const present = await readdir(chunkDir).catch(() => []);
  for (const name of present) if (!written.has(join(chunkDir, name))) await rm(join(chunkDir, name), { force: true });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildCli();
