import { randomBytes, timingSafeEqual } from 'node:crypto';

/** The request header in which the page presents the launch token (renderer/host/web-launch-file.ts). */
export const LAUNCH_TOKEN_HEADER = 'x-launch-token';

/** The name of the <meta> element that carries the token in the served page. */
export const LAUNCH_TOKEN_META = 'upki-launch-token';

/** A fresh secret for one run of `npm start`: 32 random bytes (crypto.randomBytes) as base64url. */
export function newLaunchToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The page's HTML with the token in a `<meta name="upki-launch-token">` right after `<head>` (or at the
 * start when there is no head). A meta element is no script, so the CSP's script hashes stay valid.
 */
export function embedLaunchToken(html: string, token: string): string {
  const meta = `<meta name="${LAUNCH_TOKEN_META}" content="${token}">`;
  const head = /<head\b[^>]*>/i.exec(html);
  if (head === null) return meta + html;
  const end = head.index + head[0].length;
  return html.slice(0, end) + meta + html.slice(end);
}

/** True when `presented` (a request header value) is exactly the token; compared in constant time. */
export function isLaunchTokenValid(presented: string | string[] | undefined, token: string): boolean {
  if (typeof presented !== 'string') return false;
  const given = Buffer.from(presented, 'utf8');
  const expected = Buffer.from(token, 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
