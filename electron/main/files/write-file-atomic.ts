import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { FileErrorCause } from '../../../shared/ipc/errors';
import { err, ok, type Result } from '../../../shared/model/result';
import { errorCodeOf, fileErrorCause } from './fs-error-cause';

/** The part of a writable file handle this module uses (node:fs/promises FileHandle fits). */
export interface WriteHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system functions this module uses, injectable so tests can make any step fail. */
export interface AtomicWriteFileSystem {
  open(path: string, flags: 'wx', mode: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  lstat(path: string): Promise<unknown>;
}

/** Why an atomic write did not happen: the target exists (and overwrite was not allowed), or a write failed. */
export type AtomicWriteFailure = { readonly reason: 'exists' } | { readonly reason: 'write-failed'; readonly cause: FileErrorCause };

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** Replace an existing target (only after the user confirmed it, e.g. in the OS save dialog). */
  readonly overwrite: boolean;
  readonly fs?: AtomicWriteFileSystem;
}

const nodeFs: AtomicWriteFileSystem = { open, rename, link, unlink, lstat };

// Errors with which link() says "this file system has no hard links" (FAT32/exFAT USB sticks, some
// network shares) rather than "the target exists"; we then fall back to check-then-rename.
const NO_HARD_LINK_CODES = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK', 'EINVAL']);

/** True when something (file, folder, link) exists at the path. */
async function exists(fs: AtomicWriteFileSystem, path: string): Promise<boolean> {
  try {
    await fs.lstat(path);
    return true;
  } catch (error) {
    return errorCodeOf(error) !== 'ENOENT';
  }
}

/** Moves the finished temp file to the target without ever replacing an existing target. */
async function placeWithoutOverwrite(fs: AtomicWriteFileSystem, temp: string, target: string): Promise<Result<null, AtomicWriteFailure>> {
  try {
    // link() fails with EEXIST instead of replacing, atomically (POSIX link(2); NTFS CreateHardLink).
    await fs.link(temp, target);
    await fs.unlink(temp).catch(() => undefined);
    return ok(null);
  } catch (error) {
    const code = errorCodeOf(error);
    if (code === 'EEXIST') return err({ reason: 'exists' });
    if (code === null || !NO_HARD_LINK_CODES.has(code)) throw error;
  }
  if (await exists(fs, target)) return err({ reason: 'exists' });
  await fs.rename(temp, target);
  return ok(null);
}

/**
 * Writes bytes to `target` so that the target is either the complete new file or untouched: writes a
 * temp file in the same folder (created exclusively, flushed to disk), then renames or links it into
 * place. On any failure the temp file is removed. Without `overwrite`, an existing target is refused.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<Result<null, AtomicWriteFailure>> {
  const fs = options.fs ?? nodeFs;
  if (!options.overwrite && (await exists(fs, target))) return err({ reason: 'exists' });
  // Same folder, so the final rename never crosses file systems; the name is kept well under 255 bytes.
  const temp = join(dirname(target), `.${basename(target).slice(0, 100)}.${randomBytes(8).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await fs.open(temp, 'wx', 0o644);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.overwrite) {
      await fs.rename(temp, target);
      return ok(null);
    }
    const placed = await placeWithoutOverwrite(fs, temp, target);
    if (!placed.ok) await fs.unlink(temp).catch(() => undefined);
    return placed;
  } catch (error) {
    if (created) await fs.unlink(temp).catch(() => undefined);
    return err({ reason: 'write-failed', cause: fileErrorCause(error) });
  }
}
