import type { OpenedFile } from '../../shared/ipc/contract';

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when the page is served over http(s) by a local server (npm start), the only case with a launch file. */
export function isServedLocally(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && LOCAL_HOSTS.has(location.hostname);
}

/** The name of the <meta> element in which `npm start`'s server embeds its per-run launch token. */
export const LAUNCH_TOKEN_META = 'upki-launch-token';

/** The launch token the serving page carries (scripts/start/launch-token.ts), or null when it carries none. */
export function launchTokenOf(doc: Pick<Document, 'querySelector'>): string | null {
  const content = doc.querySelector(`meta[name="${LAUNCH_TOKEN_META}"]`)?.getAttribute('content');
  return content === null || content === undefined || content === '' ? null : content;
}

/**
 * The file the local server was started with: same-origin `GET ./launch-file` presenting the page's
 * launch token in `X-Launch-Token` (the server answers 403 without it: the file can hold PINs), its
 * name in the `X-File-Name` header (URI-encoded). None (an empty list) on 403 or 404, without that
 * header, on error, or when not served locally.
 */
export async function fetchLaunchFile(location: Pick<Location, 'protocol' | 'hostname'>, fetcher: typeof fetch, token: string | null = null): Promise<OpenedFile[]> {
  if (!isServedLocally(location)) return [];
  try {
    const headers: Record<string, string> = token === null ? {} : { 'X-Launch-Token': token };
    const response = await fetcher('./launch-file', { credentials: 'same-origin', cache: 'no-store', headers });
    // Only the app's own server names the file; a dev server's SPA fallback answers 200 with index.html.
    const header = response.headers.get('X-File-Name');
    if (!response.ok || header === null) return [];
    let name: string;
    try {
      name = decodeURIComponent(header);
    } catch {
      name = header;
    }
    return [{ name: name.split(/[\\/]/).pop() || 'serverAll.tsv', bytes: new Uint8Array(await response.arrayBuffer()) }];
  } catch {
    return [];
  }
}
