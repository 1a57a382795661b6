import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appSchemeDefinitions, createBundleResponder } from '../../../../../electron/main/security/app-protocol';
import { resolveBundlePath } from '../../../../../node/web/bundle-path';
import { contentTypeOf } from '../../../../../node/web/content-types';

const root = resolve('/opt/app/renderer');

describe('resolveBundlePath', () => {
  const table = [
    { name: 'maps / to index.html', input: '/', want: join(root, 'index.html') },
    { name: 'maps an asset path into the root', input: '/assets/app.js', want: join(root, 'assets', 'app.js') },
    { name: 'decodes percent-encoding', input: '/assets/a%20b.js', want: join(root, 'assets', 'a b.js') },
    { name: 'refuses ..', input: '/../package.json', want: null },
    { name: 'refuses encoded ..', input: '/%2e%2e/package.json', want: null },
    { name: 'refuses encoded slashes that make ..', input: '/assets%2f..%2f..%2fsecret', want: null },
    { name: 'refuses backslashes', input: '/..\\..\\secret', want: null },
    { name: 'refuses NUL', input: '/index.html%00.js', want: null },
    { name: 'refuses broken percent-encoding', input: '/%E0%A4%A', want: null },
    { name: 'refuses a . segment', input: '/./index.html', want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(resolveBundlePath(root, input)).toBe(want);
  });
});

describe('contentTypeOf', () => {
  const table = [
    { name: 'HTML is UTF-8 HTML', input: 'index.html', want: 'text/html; charset=utf-8' },
    { name: 'JavaScript modules are text/javascript', input: 'a.mjs', want: 'text/javascript; charset=utf-8' },
    { name: 'upper-case extensions work', input: 'A.CSS', want: 'text/css; charset=utf-8' },
    { name: 'unknown files are plain bytes', input: 'x.bin', want: 'application/octet-stream' },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(contentTypeOf(input)).toBe(want);
  });
});

describe('the app:// scheme', () => {
  it('is standard and secure but never bypasses the CSP or allows service workers', () => {
    expect(appSchemeDefinitions()).toEqual([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true });
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES).not.toHaveProperty('allowServiceWorkers');
  });
});

describe('createBundleResponder', () => {
  const html = '<!doctype html><script type="module">run()</script>';
  const files = new Map<string, Uint8Array<ArrayBuffer>>([
    [join(root, 'index.html'), new TextEncoder().encode(html)],
    [join(root, 'assets', 'app.js'), new TextEncoder().encode('export {}')],
  ]);
  const read = async (path: string): Promise<Uint8Array<ArrayBuffer> | null> => files.get(path) ?? null;
  const respond = createBundleResponder(root, read);

  it('serves index.html with a CSP that allows exactly its inline script', async () => {
    const response = await respond({ url: 'app://bundle/index.html', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(csp).toContain("connect-src 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(html);
  });

  it('serves an asset with its type', async () => {
    const response = await respond({ url: 'app://bundle/assets/app.js', method: 'GET' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  const refusals = [
    { name: 'refuses a path outside the bundle with 404', input: { url: 'app://bundle/%2e%2e/%2e%2e/etc/passwd', method: 'GET' }, want: 404 },
    { name: 'refuses a missing file with 404', input: { url: 'app://bundle/nothing.js', method: 'GET' }, want: 404 },
    { name: 'refuses another host with 404', input: { url: 'app://elsewhere/index.html', method: 'GET' }, want: 404 },
    { name: 'refuses POST with 405', input: { url: 'app://bundle/index.html', method: 'POST' }, want: 405 },
  ];
  it.each(refusals)('$name', async ({ input, want }) => {
    const response = await respond(input);
    expect(response.status).toBe(want);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('answers HEAD without a body', async () => {
    const response = await respond({ url: 'app://bundle/index.html', method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});
