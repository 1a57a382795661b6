import { basename, dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * The absolute path of `name` directly inside `folder`, or null when it would land anywhere else.
 * `name` must be one plain path segment: not empty, not `.` or `..`, no separator, not absolute, and
 * resolving it must give a path whose folder is the resolved `folder` and whose last segment is
 * `name` itself (so `a/`, `./a` and `a/../b` are refused too). A name that merely starts with dots
 * (`..a.crt`) is a plain name.
 */
export function pathInsideFolder(folder: string, name: string): string | null {
  if (name === '') return null;
  const root = resolve(folder);
  const target = resolve(root, name);
  const rel = relative(root, target);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return null;
  if (dirname(target) !== root || basename(target) !== name) return null;
  return target;
}
