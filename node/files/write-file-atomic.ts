import { err, ok, type Result } from '../../shared/model/result';
import type { FileError } from './file-error';
import { writeErrorOf } from './fs-error';
import { pathExists } from './path-exists';
import { placeFile } from './place-file';
import { removeQuietly, writeTemporaryFile } from './temporary-file';
import { nodeWriteFileSystem, type WriteFileSystem } from './write-file-system';

/** Options of writeFileAtomic. */
export interface AtomicWriteOptions {
  /** Replace an existing target (only when the user said so: --force, or the OS save dialog's confirmation). */
  readonly overwrite: boolean;
  readonly fs?: WriteFileSystem;
}

/**
 * Writes `bytes` to `target` so that the target is either the complete new file or untouched: a
 * temporary file in the same folder (created exclusively, flushed to disk), then renamed over the
 * target (`overwrite`) or hard-linked to it (never replacing a file, even one created meanwhile).
 * On any failure the temporary file is removed. Resolves `exists` when the target is there and may
 * not be replaced (checked before writing, and again by the link), `write-failed` with its cause
 * when a step failed.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array, options: AtomicWriteOptions): Promise<Result<null, FileError>> {
  const fs = options.fs ?? nodeWriteFileSystem;
  if (!options.overwrite && (await pathExists(target, fs))) return err({ code: 'exists', file: target });
  let temp: string;
  try {
    temp = await writeTemporaryFile(fs, target, bytes);
  } catch (error) {
    return err(writeErrorOf(error, target));
  }
  return placeTemporaryFile(fs, temp, target, options.overwrite);
}

/** Moves the temporary file into place as a Result; removes it on any failure. */
export async function placeTemporaryFile(fs: WriteFileSystem, temp: string, target: string, overwrite: boolean): Promise<Result<null, FileError>> {
  try {
    const placed = await placeFile(fs, temp, target, overwrite);
    return placed.ok ? ok(null) : err({ code: 'exists', file: target });
  } catch (error) {
    await removeQuietly(fs, temp);
    return err(writeErrorOf(error, target));
  }
}
