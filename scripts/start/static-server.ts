import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { resolveBundlePath } from '../../node/web/bundle-path';
import { contentTypeOf } from '../../node/web/content-types';
import { buildContentSecurityPolicy, inlineScriptHashes } from '../../node/web/csp';
import { embedLaunchToken, isLaunchTokenValid, LAUNCH_TOKEN_HEADER } from './launch-token';

/** A file the page opens at start (`GET /launch-file`, see renderer/host/web-launch-file.ts). */
export interface LaunchFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What the fallback server serves. */
export interface StaticServerOptions {
  /** The web build folder (dist/web); nothing outside it is served. */
  readonly root: string;
  readonly launchFile: LaunchFile | null;
  /**
   * This run's secret (launch-token.ts): embedded in every HTML page served, and required in the
   * X-Launch-Token header of `GET /launch-file`, which can hold PINs. Without it the answer is 403.
   */
  readonly launchToken: string;
}

// Same headers as the app:// protocol of the Electron app, plus the same CSP except connect-src
// 'self' (the page fetches its launch file from this server).
const BASE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
};
const CLOSED_CSP = buildContentSecurityPolicy({ scriptHashes: [], connect: 'none' });
const LOOPBACK_HOSTS: ReadonlySet<string> = new Set(['127.0.0.1', 'localhost']);

/**
 * True when the Host header names this loopback server: a page on another site that rebinds its DNS
 * name to 127.0.0.1 sends its own name and is refused (DNS-rebinding defence).
 */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
  if (hostHeader === undefined) return false;
  const match = /^([^:]+):(\d+)$/.exec(hostHeader.trim().toLowerCase());
  return match !== null && LOOPBACK_HOSTS.has(match[1] ?? '') && Number(match[2]) === port;
}

/** Ends a response with a status, plain text and the closed CSP. */
function reply(response: ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CLOSED_CSP, ...extra });
  response.end(text);
}

/** Sends bytes (or only the headers for HEAD) with a 200. */
function send(request: IncomingMessage, response: ServerResponse, bytes: Uint8Array, headers: Record<string, string>): void {
  response.writeHead(200, { ...BASE_HEADERS, 'Content-Length': String(bytes.byteLength), ...headers });
  response.end(request.method === 'HEAD' ? undefined : bytes);
}

/** The bytes of a regular file, or null. */
async function readRegularFile(path: string): Promise<Uint8Array | null> {
  try {
    return (await stat(path)).isFile() ? new Uint8Array(await readFile(path)) : null;
  } catch {
    return null;
  }
}

/**
 * The request handler: GET and HEAD only (405 otherwise), loopback Host only (403), `/launch-file`
 * for the launch file to a request presenting the launch token (403 without it), every other path a
 * file under `root` (404 for anything else, including `..`), HTML with the token embedded.
 * `port()` is the port actually listened on.
 */
export function createStaticHandler(options: StaticServerOptions, port: () => number): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return reply(response, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
      if (!isAllowedHost(request.headers.host, port())) return reply(response, 403, 'Forbidden');
      const pathname = (request.url ?? '/').split('?')[0] ?? '/';
      if (pathname === '/launch-file') {
        if (!isLaunchTokenValid(request.headers[LAUNCH_TOKEN_HEADER], options.launchToken)) return reply(response, 403, 'Forbidden');
        if (options.launchFile === null) return reply(response, 404, 'Not Found');
        return send(request, response, options.launchFile.bytes, {
          'Content-Type': 'text/tab-separated-values',
          'Content-Security-Policy': CLOSED_CSP,
          'X-File-Name': encodeURIComponent(options.launchFile.name),
        });
      }
      const path = resolveBundlePath(options.root, pathname);
      const bytes = path === null ? null : await readRegularFile(path);
      if (path === null || bytes === null) return reply(response, 404, 'Not Found');
      const contentType = contentTypeOf(path);
      if (!contentType.startsWith('text/html')) return send(request, response, bytes, { 'Content-Type': contentType, 'Content-Security-Policy': CLOSED_CSP });
      const html = embedLaunchToken(new TextDecoder().decode(bytes), options.launchToken);
      const csp = buildContentSecurityPolicy({ scriptHashes: inlineScriptHashes(html), connect: 'self' });
      return send(request, response, new TextEncoder().encode(html), { 'Content-Type': contentType, 'Content-Security-Policy': csp });
    })().catch(() => {
      if (!response.headersSent) reply(response, 500, 'Internal Server Error');
      else response.destroy();
    });
  };
}

/** An HTTP server for the options, not yet listening. */
export function createStaticServer(options: StaticServerOptions): Server {
  let port = 0;
  const server = createServer(
    createStaticHandler(options, () => port),
  );
  server.on('listening', () => {
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });
  return server;
}

/**
 * Listens on 127.0.0.1 only (never on the network), on `preferredPort` or, when it is taken, one of the
 * next 20 ports (0 = any free port). Resolves with the port.
 */
export async function listenOnLoopback(server: Server, preferredPort: number): Promise<number> {
  const candidates = preferredPort === 0 ? [0] : Array.from({ length: 21 }, (_, offset) => preferredPort + offset).filter((port) => port <= 65535);
  let lastError: unknown = null;
  for (const port of candidates) {
    try {
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error): void => {
          server.off('listening', onListening);
          reject(error);
        };
        const onListening = (): void => {
          server.off('error', onError);
          resolve();
        };
        server.once('error', onError);
        server.once('listening', onListening);
        server.listen(port, '127.0.0.1');
      });
      const address = server.address();
      return typeof address === 'object' && address !== null ? address.port : port;
    } catch (error) {
      lastError = error;
      if (!(error instanceof Error && 'code' in error && error.code === 'EADDRINUSE')) throw error;
    }
  }
  throw lastError instanceof Error ? lastError : new Error('no free port');
}
