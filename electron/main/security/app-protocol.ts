import { APP_HOST, APP_SCHEME } from './app-origin';
import { resolveBundlePath } from '../../../node/web/bundle-path';
import { contentTypeOf } from '../../../node/web/content-types';
import { buildContentSecurityPolicy, inlineScriptHashes } from '../../../node/web/csp';

/**
 * The privileges of the app:// scheme: standard (a real origin and relative URLs), secure (a secure
 * context: the Clipboard API needs one), fetch and CORS for module scripts and workers. Not
 * bypassCSP, not service workers, not extensions.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } as const;

/** The scheme definition for `protocol.registerSchemesAsPrivileged` (must run before `app` is ready). */
export function appSchemeDefinitions(): { scheme: string; privileges: typeof APP_SCHEME_PRIVILEGES }[] {
  return [{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }];
}

/** The request parts the responder reads (a fetch Request fits). */
export interface BundleRequest {
  readonly url: string;
  readonly method: string;
}

/** Headers every response of the app carries; the CSP is added per response. */
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
};

/** A plain-text error response (with the CSP, so even error pages run nothing). */
function failure(status: number, text: string, csp: string): Response {
  return new Response(text, { status, headers: { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': csp } });
}

/**
 * A protocol.handle handler serving files of `root` at app://bundle/: GET and HEAD only, paths
 * confined to the root, the strict CSP on every response with the hashes of the page's own inline
 * scripts. `readFile` is the only way it touches the disk (files/read-bundle-file.ts).
 */
export function createBundleResponder(root: string, readFile: (path: string) => Promise<Uint8Array<ArrayBuffer> | null>): (request: BundleRequest) => Promise<Response> {
  const closedCsp = buildContentSecurityPolicy({ scriptHashes: [], connect: 'none' });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return failure(405, 'Method Not Allowed', closedCsp);
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return failure(400, 'Bad Request', closedCsp);
    }
    if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return failure(404, 'Not Found', closedCsp);
    const path = resolveBundlePath(root, url.pathname);
    const bytes = path === null ? null : await readFile(path);
    if (path === null || bytes === null) return failure(404, 'Not Found', closedCsp);
    const contentType = contentTypeOf(path);
    const csp = contentType.startsWith('text/html')
      ? buildContentSecurityPolicy({ scriptHashes: inlineScriptHashes(new TextDecoder().decode(bytes)), connect: 'none' })
      : closedCsp;
    const headers = { ...BASE_HEADERS, 'Content-Type': contentType, 'Content-Security-Policy': csp };
    return new Response(request.method === 'HEAD' ? null : bytes, { status: 200, headers });
  };
}
