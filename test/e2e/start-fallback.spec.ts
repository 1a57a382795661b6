import { expect, test } from '@playwright/test';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/paths';

// `npm start` on a machine without the Electron binary: one clear line, then the same UI for Chrome on
// 127.0.0.1 with the demo (or the given file) loaded. ELECTRON_OVERRIDE_DIST_PATH points at an empty
// folder so the fallback is tested even where Electron is installed.
const DEMO = join(ROOT, 'demo', 'serverAll.tsv');
const UNAVAILABLE_LINE =
  'Electron を起動できません（このマシンには Electron 本体がありません）。同じ画面を Chrome 用に配信します / Electron is unavailable here (no Electron binary on this machine); serving the same UI for Chrome instead.';

interface Started {
  readonly child: ChildProcessWithoutNullStreams;
  readonly url: string;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** Runs `node scripts/start.mjs <args>` and resolves once it prints the URL (or rejects with its output when it exits first). */
function start(args: string[], noElectron: string): Promise<Started> {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), ...args], {
    cwd: ROOT,
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron, INIT_CWD: ROOT },
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      const url = /Open in Chrome: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out)?.[1];
      if (url !== undefined) resolve({ child, url, stdout: () => out, stderr: () => err });
    });
    child.on('exit', (code) => reject(new Error(`start exited with ${code}\n${out}\n${err}`)));
  });
}

/** Stops the server like Ctrl+C and resolves with its exit code. */
function stop(child: ChildProcessWithoutNullStreams): Promise<number | null> {
  return new Promise((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

/** A raw request, so `..` reaches the server as written (fetch would normalise it away). */
function raw(url: string, method: string, path: string): Promise<number> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, method, path }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

test.describe('npm start without Electron', () => {
  let noElectron: string;
  test.beforeEach(() => {
    noElectron = mkdtempSync(join(tmpdir(), 'upki-no-electron-'));
  });
  test.afterEach(() => {
    rmSync(noElectron, { recursive: true, force: true });
  });

  test('says so in one line, serves the app with the demo on 127.0.0.1 and refuses anything else', async ({ page }) => {
    const server = await start(['--port', '0'], noElectron);
    try {
      expect(server.stdout().split('\n')).toContain(UNAVAILABLE_LINE);
      expect(server.stderr()).toBe('');

      const index = await fetch(server.url);
      expect(index.status).toBe(200);
      expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(index.headers.get('content-security-policy')).toContain("default-src 'none'");
      // The page is the build with this run's launch token embedded; the launch file needs that token.
      const served = await index.text();
      const token = /<meta name="upki-launch-token" content="([A-Za-z0-9_-]{43})">/.exec(served)?.[1];
      expect(token).toBeDefined();
      expect(served.replace(/<meta name="upki-launch-token" content="[^"]*">/, '')).toBe(readFileSync(join(ROOT, 'dist', 'web', 'index.html'), 'utf8'));
      expect((await fetch(new URL('launch-file', server.url))).status).toBe(403);
      expect((await fetch(new URL('launch-file', server.url), { headers: { 'X-Launch-Token': 'x'.repeat(43) } })).status).toBe(403);

      const launch = await fetch(new URL('launch-file', server.url), { headers: { 'X-Launch-Token': token! } });
      expect(launch.status).toBe(200);
      expect(launch.headers.get('x-file-name')).toBe('serverAll.tsv');
      expect(Buffer.from(await launch.arrayBuffer()).equals(readFileSync(DEMO))).toBe(true);

      expect(await raw(server.url, 'GET', '/../package.json')).toBe(404);
      expect(await raw(server.url, 'GET', '/%2e%2e/package.json')).toBe(404);
      expect(await raw(server.url, 'POST', '/')).toBe(405);

      // The page itself opens the demo, breaks no CSP rule and asks nothing of any other origin.
      const violations: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on('request', (req) => {
        if (!req.url().startsWith(server.url) && !/^(data|blob):/.test(req.url())) foreign.push(req.url());
      });
      await page.goto(server.url);
      await expect(page.locator('.app')).toHaveAttribute('data-app-state', 'ready');
      await expect(page.getByText('serverAll.tsv').first()).toBeVisible();
      expect(violations).toEqual([]);
      expect(foreign).toEqual([]);
    } finally {
      expect(await stop(server.child)).toBe(0);
    }
    expect(server.stdout() + server.stderr()).not.toMatch(/\n\s+at /);
  });

  test('serves the file given on the command line instead of the demo', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'upki-start-file-'));
    const file = join(folder, 'サーバー証明書一覧.tsv');
    copyFileSync(DEMO, file);
    const server = await start([file, '--port', '0'], noElectron);
    try {
      const token = /<meta name="upki-launch-token" content="([^"]+)">/.exec(await (await fetch(server.url)).text())?.[1] ?? '';
      const launch = await fetch(new URL('launch-file', server.url), { headers: { 'X-Launch-Token': token } });
      expect(decodeURIComponent(launch.headers.get('x-file-name') ?? '')).toBe('サーバー証明書一覧.tsv');
      expect(Buffer.from(await launch.arrayBuffer()).equals(readFileSync(file))).toBe(true);
    } finally {
      await stop(server.child);
      rmSync(folder, { recursive: true, force: true });
    }
  });

  test('explains a missing file in one line and exits with 2, without a stack trace', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'start.mjs'), 'no-such-file.tsv'], { cwd: ROOT, env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: noElectron, INIT_CWD: ROOT } });
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (err += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err.trim().split('\n')).toHaveLength(1);
    expect(err).toContain('no-such-file.tsv');
    expect(err).not.toMatch(/\n\s+at /);
  });
});
