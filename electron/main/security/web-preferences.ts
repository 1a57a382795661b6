import type { WebPreferences } from 'electron';

/**
 * The webPreferences of every window, locked down (Electron security checklist §2–§4, §8–§11):
 * the page runs sandboxed in its own JavaScript world with no Node.js, same-origin policy on, no
 * insecure content, no <webview>, no spell-checker (it would send words to a dictionary service on
 * some platforms). The preload reaches the main process only through its fixed API.
 */
export function secureWebPreferences(preloadPath: string, options: { readonly devTools: boolean }): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    experimentalFeatures: false,
    // DevTools only in unpackaged development builds; a packaged app has no way into the page.
    devTools: options.devTools,
  };
}
