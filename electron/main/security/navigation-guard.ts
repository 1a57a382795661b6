import { originOf } from './app-origin';

/** True when the window may navigate to `url`: only to another page of the app's own origin. */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  return originOf(url) === appOrigin;
}

/** The decision for every `window.open` / target=_blank: always deny (the app opens no windows and no browser). */
export function decideWindowOpen(): { readonly action: 'deny' } {
  return { action: 'deny' };
}

/** The part of an Electron event this module uses. */
interface Preventable {
  preventDefault(): void;
}

/** The part of Electron's WebContents this module uses. */
export interface GuardedContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable & { readonly url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * Keeps the window on the app: navigations and redirects elsewhere are prevented, new windows are
 * denied, and <webview> is never attached (webviewTag is off too; this is the second lock).
 */
export function installNavigationGuards(contents: GuardedContents, appOrigin: string): void {
  const guard = (event: Preventable & { readonly url: string }): void => {
    if (!isAllowedNavigation(event.url, appOrigin)) event.preventDefault();
  };
  contents.on('will-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(decideWindowOpen);
}
