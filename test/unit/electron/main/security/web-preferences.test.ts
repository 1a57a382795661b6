import { describe, expect, it } from 'vitest';
import { secureWebPreferences } from '../../../../../electron/main/security/web-preferences';
import { mainWindowOptions } from '../../../../../electron/main/window/window-options';

describe('the main window options', () => {
  const options = mainWindowOptions({
    state: { x: 10, y: 20, width: 1200, height: 800, maximized: false },
    preloadPath: '/app/.vite/build/preload.cjs',
    title: 'UPKI TSV Viewer',
    devTools: false,
  });
  const preferences = options.webPreferences ?? {};

  const table = [
    { name: 'isolates the preload world from the page', input: 'contextIsolation', want: true },
    { name: 'sandboxes the renderer', input: 'sandbox', want: true },
    { name: 'gives the page no Node.js', input: 'nodeIntegration', want: false },
    { name: 'gives workers no Node.js', input: 'nodeIntegrationInWorker', want: false },
    { name: 'gives sub-frames no Node.js', input: 'nodeIntegrationInSubFrames', want: false },
    { name: 'keeps the same-origin policy', input: 'webSecurity', want: true },
    { name: 'blocks insecure content', input: 'allowRunningInsecureContent', want: false },
    { name: 'disables <webview>', input: 'webviewTag', want: false },
    { name: 'disables the spell-checker', input: 'spellcheck', want: false },
    { name: 'does not navigate to dropped files', input: 'navigateOnDragDrop', want: false },
    { name: 'disables experimental features', input: 'experimentalFeatures', want: false },
    { name: 'has no DevTools when packaged', input: 'devTools', want: false },
    { name: 'loads the preload bundle', input: 'preload', want: '/app/.vite/build/preload.cjs' },
  ] as const;
  it.each(table)('$name', ({ input, want }) => {
    expect(preferences[input]).toBe(want);
  });

  it('restores the bounds and shows the window only after the first paint', () => {
    expect(options).toMatchObject({ x: 10, y: 20, width: 1200, height: 800, show: false, title: 'UPKI TSV Viewer' });
  });

  it('never enables Blink features or a custom session partition', () => {
    expect(preferences.enableBlinkFeatures).toBeUndefined();
    expect(preferences.partition).toBeUndefined();
  });

  it('allows DevTools only when asked (unpackaged development)', () => {
    expect(secureWebPreferences('/p.cjs', { devTools: true }).devTools).toBe(true);
    expect(secureWebPreferences('/p.cjs', { devTools: true }).sandbox).toBe(true);
  });
});
