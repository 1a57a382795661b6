import { lstat } from 'node:fs/promises';
import { errnoOf } from './fs-error';

/**
 * True when something (file, folder, link, even a dangling one) is at `path`. Only "no such entry"
 * counts as absent: a path that cannot be checked (permission denied) is taken as taken, so a
 * no-overwrite writer refuses rather than risks replacing it.
 */
export async function pathExists(path: string, fs: { lstat(path: string): Promise<unknown> } = { lstat }): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    return errnoOf(error) !== 'ENOENT';
  }
}
