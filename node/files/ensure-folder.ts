import { mkdir, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { err, ok, type Result } from '../../shared/model/result';
import type { FileError } from './file-error';
import { errnoOf, writeErrorOf } from './fs-error';

/**
 * The folder `path`, resolved to an absolute path and created with its parents when missing (as
 * `--out ./certs` on a fresh machine, or the app's settings folder, is meant). Resolves `not-a-folder`
 * when something else is in the way, `write-failed` with its cause when it cannot be created.
 */
export async function ensureFolder(path: string): Promise<Result<string, FileError>> {
  const folder = resolve(path);
  try {
    await mkdir(folder, { recursive: true });
  } catch (error) {
    // EEXIST / ENOTDIR: a file has the name of the folder or of one of its parents; anything else is why it cannot be made.
    const errno = errnoOf(error);
    return err(errno === 'EEXIST' || errno === 'ENOTDIR' ? { code: 'not-a-folder', file: path } : writeErrorOf(error, path));
  }
  try {
    return (await stat(folder)).isDirectory() ? ok(folder) : err({ code: 'not-a-folder', file: path });
  } catch (error) {
    return err(writeErrorOf(error, path));
  }
}
