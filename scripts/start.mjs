#!/usr/bin/env node
// `npm start`: the Electron app when an Electron binary is installed, else the same UI for Chrome on
// http://127.0.0.1:PORT/ (see scripts/start/main.ts). This file only compiles that TypeScript in memory
// with esbuild and runs it, so it works on the system Node 20 too. It never prints a stack trace.
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const fail = (reason) => {
  process.stderr.write(`起動できませんでした / Could not start: ${reason}\n`);
  process.exitCode = 1;
};

try {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    fail('依存パッケージがありません。先に npm ci を実行してください / dependencies are missing; run npm ci first.');
  }
  if (esbuild) {
    const bundle = await esbuild.build({
      entryPoints: [fileURLToPath(new URL('./start/entry.ts', import.meta.url))],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
    });
    const code = bundle.outputFiles[0]?.text ?? '';
    // A data: URL module may import node: built-ins, which is all the bundle imports.
    const { startFromCommandLine } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
    await startFromCommandLine(process.argv.slice(2), projectRoot);
  }
} catch (error) {
  fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
}
