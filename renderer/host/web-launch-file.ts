import type { OpenedFile } from '../../shared/ipc/contract';

const LOCAL_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True when the page is served over http(s) by a local server (npm start), the only case with a launch file. */
export function isServedLocally(location: Pick<Location, 'protocol' | 'hostname'>): boolean {
  return (location.protocol === 'http:' || location.protocol === 'https:') && LOCAL_HOSTS.has(location.hostname);
}

/**
 * The file the local server was started with: same-origin `GET ./launch-file`, its name in the
 * `X-File-Name` header (URI-encoded). None (an empty list) on 404, without that header, on error, or when not served locally.
 */
export async function fetchLaunchFile(location: Pick<Location, 'protocol' | 'hostname'>, fetcher: typeof fetch): Promise<OpenedFile[]> {
  if (!isServedLocally(location)) return [];
  try {
    const response = await fetcher('./launch-file', { credentials: 'same-origin', cache: 'no-store' });
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
