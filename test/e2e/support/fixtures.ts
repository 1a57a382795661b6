import { test as base, expect } from '@playwright/test';
import { WEB_DIR } from './paths';
import { startStaticServer, type StaticServer } from './static-server';

// Schemes that never leave the machine: the page itself from disk, inline data and in-memory blobs.
const LOCAL_SCHEMES = new Set(['file:', 'data:', 'blob:', 'about:', 'chrome-error:']);

/** Every request the pages of a test made, and which of them went anywhere but the page's own origin. */
export class NetworkLog {
  readonly requests: string[] = [];
  private readonly origins = new Set<string>();

  /** Allows requests to the origin of `url` (the test's own static server). */
  allow(url: string): void {
    this.origins.add(new URL(url).origin);
  }

  /** True for a URL that stays on this machine and on the page's origin. */
  isLocal(url: string): boolean {
    const parsed = new URL(url);
    return LOCAL_SCHEMES.has(parsed.protocol) || this.origins.has(parsed.origin);
  }

  /** The requests that went elsewhere (must be none). */
  foreign(): string[] {
    return this.requests.filter((url) => !this.isLocal(url));
  }
}

/**
 * Test fixtures: `network` (auto) records every request and aborts any that would leave the page's
 * origin, then fails the test if there was one; `served` is a static server of dist/web on 127.0.0.1.
 */
export const test = base.extend<{ network: NetworkLog; pageErrors: string[]; served: StaticServer }>({
  // Console errors (a CSP violation, a failed worker, an exception) fail the test that caused them.
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        // GET ./launch-file answers 404 when the page was not started with a file: expected, and logged by Chrome.
        if (message.type() === 'error' && !message.location().url.endsWith('/launch-file')) errors.push(message.text());
      });
      await use(errors);
      expect(errors, 'errors in the page console').toEqual([]);
    },
    { auto: true },
  ],
  network: [
    async ({ context }, use) => {
      const log = new NetworkLog();
      context.on('request', (request) => log.requests.push(request.url()));
      await context.route('**/*', (route) => (log.isLocal(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
      await use(log);
      expect(log.foreign(), 'requests that left the page origin').toEqual([]);
    },
    { auto: true },
  ],
  served: async ({ network }, use) => {
    const server = await startStaticServer(WEB_DIR);
    network.allow(server.url);
    await use(server);
    await server.close();
  },
});

export { expect };
