import { mkdir, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { embedLaunchToken, isLaunchTokenValid, newLaunchToken } from '../../../../scripts/start/launch-token';
import { createStaticServer, isAllowedHost, listenOnLoopback } from '../../../../scripts/start/static-server';
import { tempFolder } from '../../../support/temp-folder';

let root: string;
let server: Server;
let port: number;
const html = '<!doctype html><html><head></head><body><script type="module">start()</script></body></html>';
const launch = new TextEncoder().encode('申請ID\tFQDN\n1\twww.example.ac.jp\tPIN:4711\n');
const token = 'run-secret-0123456789abcdefghijklmnopqrstuv';

beforeEach(async () => {
  root = tempFolder('serve');
  await mkdir(join(root, 'web'));
  await writeFile(join(root, 'web', 'index.html'), html);
  await writeFile(join(root, 'secret.txt'), 'outside the web folder');
  server = createStaticServer({ root: join(root, 'web'), launchFile: { name: 'サーバー一覧.tsv', bytes: launch }, launchToken: token });
  port = await listenOnLoopback(server, 0);
});
afterEach(async () => {
  await new Promise((done) => server.close(done));
});

/** A raw HTTP request (the path is sent exactly as given, unlike fetch which normalises `..`). */
function raw(method: string, path: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the fallback static server', () => {
  it('listens on the loopback address only', () => {
    const address = server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
  });

  it('serves the page at / with the launch token embedded and the strict CSP allowing its inline script and same-origin fetches', async () => {
    const response = await raw('GET', '/');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body.toString()).toBe(embedLaunchToken(html, token));
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toMatch(/script-src 'self' 'sha256-/);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("default-src 'none'");
  });

  it('serves the launch file with its URI-encoded name to a page presenting the token', async () => {
    const response = await raw('GET', '/launch-file?x=1', { 'X-Launch-Token': token });
    expect(response.status).toBe(200);
    expect(new Uint8Array(response.body)).toEqual(launch);
    expect(decodeURIComponent(String(response.headers['x-file-name']))).toBe('サーバー一覧.tsv');
  });

  const refusals = [
    { name: 'a path above the folder is 404', input: { method: 'GET', path: '/../secret.txt' }, want: 404 },
    { name: 'an encoded path above the folder is 404', input: { method: 'GET', path: '/%2e%2e/secret.txt' }, want: 404 },
    { name: 'a missing file is 404', input: { method: 'GET', path: '/nothing.js' }, want: 404 },
    { name: 'POST is 405', input: { method: 'POST', path: '/' }, want: 405 },
    { name: 'PUT is 405', input: { method: 'PUT', path: '/index.html' }, want: 405 },
    { name: 'DELETE is 405', input: { method: 'DELETE', path: '/launch-file' }, want: 405 },
  ];
  it.each(refusals)('$name', async ({ input, want }) => {
    const response = await raw(input.method, input.path);
    expect(response.status).toBe(want);
    expect(response.body.toString()).not.toContain('outside the web folder');
  });

  const tokenRefusals: { name: string; input: Record<string, string>; query?: string }[] = [
    { name: 'no token', input: {} },
    { name: 'an empty token', input: { 'X-Launch-Token': '' } },
    { name: 'a wrong token of the same length', input: { 'X-Launch-Token': token.replace(/.$/, 'x') } },
    { name: 'a prefix of the token', input: { 'X-Launch-Token': token.slice(0, 10) } },
    { name: 'the token in the query string instead of the header', input: {}, query: `?token=${token}` },
  ];
  it.each(tokenRefusals)('refuses the launch file (which can hold PINs) with 403 to a request with $name', async ({ input, query }) => {
    for (const method of ['GET', 'HEAD']) {
      const response = await raw(method, `/launch-file${query ?? ''}`, input);
      expect(response.status).toBe(403);
      expect(response.headers['x-file-name']).toBeUndefined();
      expect(response.body.toString()).not.toContain('PIN');
    }
  });

  it('embeds the token that opens the launch file in the served page', async () => {
    const page = (await raw('GET', '/index.html')).body.toString();
    const embedded = /<meta name="upki-launch-token" content="([^"]+)">/.exec(page)?.[1];
    expect(embedded).toBe(token);
    expect((await raw('GET', '/launch-file', { 'X-Launch-Token': embedded! })).status).toBe(200);
  });

  it('refuses a request for another host name (DNS rebinding) with 403', async () => {
    expect((await raw('GET', '/', { Host: `attacker.example:${port}` })).status).toBe(403);
  });

  it('answers HEAD with headers only', async () => {
    const response = await raw('HEAD', '/');
    expect(response.status).toBe(200);
    expect(response.body.length).toBe(0);
  });
});

describe('isAllowedHost', () => {
  const table = [
    { name: 'allows 127.0.0.1 with our port', input: '127.0.0.1:5173', want: true },
    { name: 'allows localhost with our port', input: 'localhost:5173', want: true },
    { name: 'refuses another port', input: '127.0.0.1:80', want: false },
    { name: 'refuses another name', input: 'evil.example:5173', want: false },
    { name: 'refuses a missing port', input: '127.0.0.1', want: false },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(isAllowedHost(input, 5173)).toBe(want);
  });

  it('refuses a request without Host', () => {
    expect(isAllowedHost(undefined, 5173)).toBe(false);
  });
});

describe('listenOnLoopback', () => {
  it('moves to the next port when the preferred one is taken', async () => {
    const other = createStaticServer({ root, launchFile: null, launchToken: token });
    const taken = port;
    const got = await listenOnLoopback(other, taken);
    expect(got).toBeGreaterThan(taken);
    await new Promise((done) => other.close(done));
  });
});

describe('launch token', () => {
  it('is 32 random bytes as base64url, new on every run', () => {
    const tokens = new Set(Array.from({ length: 20 }, () => newLaunchToken()));
    expect(tokens.size).toBe(20);
    for (const value of tokens) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it.each([
    { name: 'puts the meta element right after <head>', input: '<html><head><title>x</title></head></html>', want: '<html><head><meta name="upki-launch-token" content="T"><title>x</title></head></html>' },
    { name: 'keeps the attributes of <head>', input: '<html><HEAD lang="ja"></HEAD></html>', want: '<html><HEAD lang="ja"><meta name="upki-launch-token" content="T"></HEAD></html>' },
    { name: 'puts it first in a page without <head>', input: '<p>x</p>', want: '<meta name="upki-launch-token" content="T"><p>x</p>' },
  ])('$name', ({ input, want }) => expect(embedLaunchToken(input, 'T')).toBe(want));

  it.each([
    { name: 'accepts the exact token', input: 'abc', want: true },
    { name: 'refuses another token', input: 'abd', want: false },
    { name: 'refuses a longer one', input: 'abcd', want: false },
    { name: 'refuses a repeated header (an array)', input: ['abc', 'abc'], want: false },
    { name: 'refuses none', input: undefined, want: false },
  ])('$name', ({ input, want }) => expect(isLaunchTokenValid(input, 'abc')).toBe(want));
});
