import { originOf } from './app-origin';

/** What else the filter lets through besides the app's own origin. */
export interface RequestFilterOptions {
  /** DevTools' own front-end (only for unpackaged development builds). */
  readonly allowDevtools?: boolean;
}

// The WebSocket twin of an http(s) origin: Vite's dev server talks HMR over ws on its own host.
const SOCKET_TO_PAGE_SCHEME: Readonly<Record<string, string>> = { 'ws:': 'http:', 'wss:': 'https:' };

/**
 * True when the renderer may load this URL: the app's own origin (its files, a blob: it made, or its
 * dev server's socket) or an inline data: URL. Everything else — the internet, other local servers,
 * file:// anywhere, extensions — is cancelled, so no byte of data can leave the machine.
 */
export function isAllowedRequest(url: string, appOrigin: string, options: RequestFilterOptions = {}): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === undefined) return false;
  // data: carries its bytes inside the URL itself: nothing is fetched from anywhere.
  if (scheme === 'data') return true;
  // blob:<origin>/<uuid> is memory the page created; only our own origin's blobs.
  if (scheme === 'blob') return originOf(url.slice('blob:'.length)) === appOrigin;
  if (scheme === 'devtools') return options.allowDevtools === true;
  const origin = originOf(url);
  if (origin === null) return false;
  if (origin === appOrigin) return true;
  const pageScheme = SOCKET_TO_PAGE_SCHEME[`${scheme}:`];
  return pageScheme !== undefined && appOrigin.startsWith('http') && `${pageScheme}${origin.slice(scheme.length + 1)}` === appOrigin;
}
