import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };

/** A file the server hands out at GET /launch-file (as `npm start` does), or none (404). */
export interface LaunchFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A running static server on 127.0.0.1 (a free port) and how to stop it. */
export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Serves `dir` read-only on 127.0.0.1, plus /launch-file when one is given; paths outside `dir` are refused. */
export async function startStaticServer(dir: string, launchFile: LaunchFile | null = null): Promise<StaticServer> {
  const root = normalize(dir + sep);
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (path === '/launch-file') {
      if (!launchFile) response.writeHead(404).end();
      else response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'X-File-Name': encodeURIComponent(launchFile.name) }).end(launchFile.bytes);
      return;
    }
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
