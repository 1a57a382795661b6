// The renderer build: `vite` serves renderer/ for development; `vite build` (npm run build:web) writes
// ONE self-contained dist/web/index.html (scripts, styles, the list worker and the demo file inlined)
// that works from file:// in Chrome with no server and no network, under a strict hash-based CSP.
import react from '@vitejs/plugin-react';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';

const projectRoot = fileURLToPath(new URL('.', import.meta.url));
// UPKI_DEMO_LIST swaps the inlined demo list for another (the end-to-end build inlines the main test fixture,
// test/fixtures/tsv/serverAll.tsv, whose rows the manifest describes; the shipped demo's dates follow the day it was made).
const DEMO_FILE = resolve(projectRoot, process.env['UPKI_DEMO_LIST'] ?? 'demo/serverAll.tsv');
const DEMO_CA = resolve(projectRoot, 'demo/demo-ca.pem');
const DEMO_MODULE = 'virtual:demo-file';

/** A file inlined as `{ name, base64 }`, or null (with a warning) when it is missing. */
function inlinedFile(path: string, warn: (message: string) => void, watch: (path: string) => void): string {
  if (!existsSync(path)) {
    warn(`${path} is missing: the build goes without it`);
    return 'null';
  }
  watch(path);
  return JSON.stringify({ name: basename(path), base64: readFileSync(path).toString('base64') });
}

/** Inlines demo/serverAll.tsv and its throw-away CA (demo/demo-ca.pem) as base64 (`virtual:demo-file`), so the demo opens from file:// too. */
function demoFilePlugin(): Plugin {
  const resolvedId = `\0${DEMO_MODULE}`;
  return {
    name: 'upki:demo-file',
    resolveId: (id) => (id === DEMO_MODULE ? resolvedId : null),
    load(id) {
      if (id !== resolvedId) return null;
      const warn = (message: string) => this.warn(message);
      const watch = (path: string) => this.addWatchFile(path);
      return `export const demoFile = ${inlinedFile(DEMO_FILE, warn, watch)};\nexport const demoCa = ${inlinedFile(DEMO_CA, warn, watch)};`;
    },
  };
}

/** The base64 SHA-256 CSP source of an inline element's text (CSP3 §8.4: the hash of the element's content). */
function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Adds a Content-Security-Policy meta tag to the built page, allowing exactly the inline scripts and
 * styles it holds (by hash) and nothing remote. Runs after vite-plugin-singlefile has inlined them.
 * connect-src 'self' is for the web host's same-origin `./launch-file` when `npm start` serves the page.
 */
function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'upki:csp',
    enforce: 'post',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const asset of Object.values(bundle)) {
          if (asset.type !== 'asset' || !asset.fileName.endsWith('.html')) continue;
          const html = String(asset.source);
          const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => hashSource(m[1]!));
          const styles = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => hashSource(m[1]!));
          const policy = [
            "default-src 'none'",
            `script-src ${scripts.join(' ') || "'none'"}`,
            `style-src ${styles.join(' ') || "'none'"}`,
            'worker-src blob: data:',
            "connect-src 'self'",
            'img-src data: blob:',
            "font-src 'none'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
          ].join('; ');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
          asset.source = html.replace(/<head>/i, `<head>\n    ${meta}`);
        }
      },
    },
  };
}

export default defineConfig({
  root: resolve(projectRoot, 'renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), demoFilePlugin(), viteSingleFile({ removeViteModuleLoader: true }), contentSecurityPolicyPlugin()],
  // A classic (IIFE) worker: Chrome refuses module workers from blob: URLs on an opaque origin (file://),
  // while a classic worker from the same blob starts fine.
  worker: { format: 'iife' },
  build: {
    outDir: resolve(projectRoot, 'dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
  },
  server: { host: '127.0.0.1', strictPort: false },
});
