import { createHash } from 'node:crypto';

/** What the page is allowed beyond the fixed, closed baseline. */
export interface CspOptions {
  /** SHA-256 sources ('sha256-…') of the page's inline scripts (the single-file build inlines its bundle). */
  readonly scriptHashes: readonly string[];
  /** 'self' only for the Chrome fallback server, whose page fetches its launch file from the server. */
  readonly connect: 'none' | 'self';
  /**
   * Vite's development server (electron-forge start, unpackaged only): its React refresh preamble is an
   * inline script and HMR talks over a WebSocket to the same host.
   */
  readonly devServerOrigin?: string;
}

/**
 * The Content-Security-Policy of the app's page, as one header value. Starts from default-src 'none'
 * (CSP Level 3 §6.1.3) and opens only what the bundle uses:
 * - script-src 'self' + the hashes of the inline module script (no 'unsafe-inline', no eval);
 * - style-src 'self' 'unsafe-inline': React and the virtual list set inline styles; CSS cannot send
 *   data anywhere because img-src, font-src and connect-src are closed to the network;
 * - worker-src 'self' blob:: the parser runs in a module worker that the single-file build inlines as a blob;
 * - img-src / font-src 'self' data: for inlined icons and fonts;
 * - object-src, base-uri, form-action, frame-ancestors 'none' (frame-ancestors works only as a header).
 */
export function buildContentSecurityPolicy(options: CspOptions): string {
  const dev = options.devServerOrigin;
  const scriptSources = dev === undefined ? ["'self'", ...options.scriptHashes.map((hash) => `'${hash}'`)] : ["'self'", "'unsafe-inline'"];
  const connectSources = dev === undefined ? [options.connect === 'self' ? "'self'" : "'none'"] : ["'self'", dev.replace(/^http/, 'ws')];
  const directives: readonly (readonly [string, readonly string[]])[] = [
    ['default-src', ["'none'"]],
    ['script-src', scriptSources],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', connectSources],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-ancestors', ["'none'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

// A <script> element and its text; the attributes tell inline scripts from src= scripts.
const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;

/**
 * The CSP hash sources (`sha256-<base64>`) of every inline <script> in an HTML document, in document
 * order, computed over the element's exact text as CSP Level 3 §8.3 requires.
 */
export function inlineScriptHashes(html: string): string[] {
  const hashes: string[] = [];
  for (const match of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = match[1] ?? '';
    const text = match[2] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || text.length === 0) continue;
    hashes.push(`sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`);
  }
  return hashes;
}
