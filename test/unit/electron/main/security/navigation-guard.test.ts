import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from '../../../../../electron/main/security/app-origin';
import { decideWindowOpen, installNavigationGuards, isAllowedNavigation, type GuardedContents } from '../../../../../electron/main/security/navigation-guard';

describe('isAllowedNavigation', () => {
  const table = [
    { name: 'allows another page of the app', input: 'app://bundle/index.html#details', want: true },
    { name: 'refuses the web', input: 'https://example.com/', want: false },
    { name: 'refuses a local file', input: 'file:///Users/staff/serverAll.tsv', want: false },
    { name: 'refuses javascript: URLs', input: 'javascript:alert(1)', want: false },
    { name: 'refuses another app host', input: 'app://evil/index.html', want: false },
    { name: 'refuses garbage', input: 'not a url', want: false },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(isAllowedNavigation(input, APP_ORIGIN)).toBe(want);
  });
});

describe('decideWindowOpen', () => {
  it('always denies new windows', () => {
    expect(decideWindowOpen()).toEqual({ action: 'deny' });
  });
});

describe('installNavigationGuards', () => {
  /** A fake webContents recording its listeners. */
  function fakeContents() {
    const listeners = new Map<string, (event: { preventDefault(): void; url: string }) => void>();
    let openHandler: (() => { action: 'deny' }) | null = null;
    const contents: GuardedContents = {
      on: (event: string, listener: (event: { preventDefault(): void; url: string }) => void) => listeners.set(event, listener),
      setWindowOpenHandler: (handler) => {
        openHandler = handler;
      },
    };
    return { contents, listeners, openHandler: () => openHandler };
  }

  /** Fires an event; true when the guard prevented it. */
  function fire(listener: ((event: { preventDefault(): void; url: string }) => void) | undefined, url: string): boolean {
    let prevented = false;
    listener?.({ url, preventDefault: () => (prevented = true) });
    return prevented;
  }

  it('prevents navigations and redirects away from the app, and lets the app navigate', () => {
    const { contents, listeners } = fakeContents();
    installNavigationGuards(contents, APP_ORIGIN);
    expect(fire(listeners.get('will-navigate'), 'https://example.com/')).toBe(true);
    expect(fire(listeners.get('will-redirect'), 'http://127.0.0.1:8080/')).toBe(true);
    expect(fire(listeners.get('will-navigate'), 'app://bundle/index.html')).toBe(false);
  });

  it('prevents every <webview> and denies window.open', () => {
    const { contents, listeners, openHandler } = fakeContents();
    installNavigationGuards(contents, APP_ORIGIN);
    expect(fire(listeners.get('will-attach-webview'), '')).toBe(true);
    expect(openHandler()?.()).toEqual({ action: 'deny' });
  });
});
