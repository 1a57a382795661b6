import { err, ok, type Result } from '../../shared/model/result';
import { errnoOf } from './fs-error';
import { pathExists } from './path-exists';
import { removeQuietly } from './temporary-file';
import type { WriteFileSystem } from './write-file-system';

// Errors with which link() says "this file system has no hard links" (FAT32/exFAT USB sticks, some
// network shares) rather than "the target exists"; we then fall back to check-then-rename.
const NO_HARD_LINK_ERRNOS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/**
 * Moves a finished temporary file to `target`. With `overwrite`, rename() replaces the target
 * atomically. Without, the target is never replaced, even one created meanwhile: link() fails with
 * EEXIST instead of replacing (POSIX link(2), NTFS CreateHardLink), and the temporary name is then
 * unlinked; on file systems without hard links, a check then rename. Resolves `exists` (the
 * temporary file removed) when the target is there; throws the system error of a failed step (the
 * caller removes the temporary file).
 */
export async function placeFile(fs: WriteFileSystem, temp: string, target: string, overwrite: boolean): Promise<Result<null, 'exists'>> {
  if (overwrite) {
    await fs.rename(temp, target);
    return ok(null);
  }
  try {
    await fs.link(temp, target);
    await removeQuietly(fs, temp);
    return ok(null);
  } catch (error) {
    const errno = errnoOf(error);
    if (errno === 'EEXIST') {
      await removeQuietly(fs, temp);
      return err('exists');
    }
    if (errno === null || !NO_HARD_LINK_ERRNOS.has(errno)) throw error;
  }
  if (await pathExists(target, fs)) {
    await removeQuietly(fs, temp);
    return err('exists');
  }
  await fs.rename(temp, target);
  return ok(null);
}
