import { isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The file inside `root` that a request path names, or null when it names nothing we serve: a path
 * that escapes the root (`..`, encoded `%2e%2e`, backslashes, absolute), contains NUL, or is not
 * valid percent-encoding. "/" means index.html.
 */
export function resolveBundlePath(root: string, requestPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) return null;
  const base = resolve(root);
  const target = resolve(base, ...(segments.length === 0 ? ['index.html'] : segments));
  const rel = relative(base, target);
  if (rel === '' || rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel)) return null;
  return target;
}
