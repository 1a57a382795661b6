/**
 * The app's own origin. The packaged renderer is served from a custom privileged scheme,
 * `app://bundle/`, rather than `file://`: a standard+secure scheme gives the page a real origin
 * (file:// pages share one opaque origin with every file on the disk), lets the main process attach
 * a CSP header to every response, and confines what the page can load to the renderer folder.
 */

/** The custom scheme of the app's own pages (registered privileged before the app is ready). */
export const APP_SCHEME = 'app';

/** The host part of app URLs; there is exactly one bundle. */
export const APP_HOST = 'bundle';

/** The origin of the packaged renderer, `app://bundle`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** The URL the window loads, `app://bundle/index.html`. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]` of a URL, or null when it has none or does not parse. Written by hand
 * because WHATWG `URL.origin` is "null" for non-special schemes such as app:.
 */
export function originOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  return parsed.host === '' ? null : `${parsed.protocol}//${parsed.host}`;
}
