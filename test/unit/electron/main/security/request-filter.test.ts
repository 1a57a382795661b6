import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../../electron/main/security/app-origin';
import { isAllowedRequest } from '../../../../../electron/main/security/request-filter';

describe('isAllowedRequest (packaged app on app://bundle)', () => {
  const table = [
    { name: 'allows the app page', input: 'app://bundle/index.html', want: true },
    { name: 'allows the app root', input: 'app://bundle/', want: true },
    { name: 'allows an app asset', input: 'app://bundle/assets/index-abc123.js', want: true },
    { name: 'allows a blob the app made', input: 'blob:app://bundle/5f0c8a3e-1f2b-4c3d-9e8f-0a1b2c3d4e5f', want: true },
    { name: 'allows an inline data: URL', input: 'data:image/png;base64,iVBORw0KGgo=', want: true },
    { name: 'refuses http', input: 'http://example.com/', want: false },
    { name: 'refuses https', input: 'https://upki.nii.ac.jp/', want: false },
    { name: 'refuses a local http server', input: 'http://127.0.0.1:5173/', want: false },
    { name: 'refuses ws', input: 'ws://example.com/socket', want: false },
    { name: 'refuses wss', input: 'wss://example.com/socket', want: false },
    { name: 'refuses ftp', input: 'ftp://example.com/file', want: false },
    { name: 'refuses a file outside the bundle', input: 'file:///etc/passwd', want: false },
    { name: 'refuses even a file inside the bundle folder by file://', input: 'file:///opt/app/resources/app.asar/.vite/renderer/main_window/index.html', want: false },
    { name: 'refuses another app host', input: 'app://other/index.html', want: false },
    { name: 'refuses a blob of another origin', input: 'blob:https://example.com/5f0c8a3e', want: false },
    { name: 'refuses devtools when not allowed', input: 'devtools://devtools/bundled/inspector.html', want: false },
    { name: 'refuses a browser extension', input: 'chrome-extension://abcdefghijklmnop/script.js', want: false },
    { name: 'refuses chrome: pages', input: 'chrome://settings/', want: false },
    { name: 'refuses a relative URL', input: '/index.html', want: false },
    { name: 'refuses an empty string', input: '', want: false },
    { name: 'refuses a look-alike host with user info', input: 'app://bundle@evil.example/x', want: false },
    { name: 'refuses a look-alike host with a suffix', input: 'app://bundle.evil.example/x', want: false },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(isAllowedRequest(input, APP_ORIGIN)).toBe(want);
  });

  it('allows devtools only when development says so', () => {
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html', APP_ORIGIN, { allowDevtools: true })).toBe(true);
  });
});

describe('isAllowedRequest (unpackaged, Vite dev server)', () => {
  const dev = 'http://localhost:5173';
  const table = [
    { name: 'allows the dev server page', input: 'http://localhost:5173/', want: true },
    { name: 'allows a dev server module', input: 'http://localhost:5173/renderer/main.tsx', want: true },
    { name: 'allows the dev server HMR socket', input: 'ws://localhost:5173/?token=x', want: true },
    { name: 'refuses another port', input: 'http://localhost:5174/', want: false },
    { name: 'refuses a socket to another host', input: 'ws://example.com:5173/', want: false },
    { name: 'refuses https to the same host (another origin)', input: 'https://localhost:5173/', want: false },
    { name: 'refuses app:// (not the page origin now)', input: 'app://bundle/index.html', want: false },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(isAllowedRequest(input, dev)).toBe(want);
  });
});
