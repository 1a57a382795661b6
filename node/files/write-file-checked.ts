import { err, type Result } from '../../shared/model/result';
import type { FileError } from './file-error';
import { writeErrorOf } from './fs-error';
import { pathExists } from './path-exists';
import { readFileLimited } from './read-file';
import { removeQuietly, writeTemporaryFile } from './temporary-file';
import { placeTemporaryFile } from './write-file-atomic';
import { nodeWriteFileSystem, type WriteFileSystem } from './write-file-system';

/** A check of the written file failed: what the check said (the caller words it). */
export interface CheckFailed<P> {
  readonly code: 'check-failed';
  readonly file: string;
  readonly problem: P;
}

/** Options of writeFileChecked. */
export interface CheckedWriteOptions<P> {
  /** Replace an existing target (only when the user said so). */
  readonly overwrite: boolean;
  /** Judges the bytes read back from disk: null when they are right, else the problem. */
  readonly check: (written: Uint8Array) => Promise<P | null>;
  readonly fs?: WriteFileSystem;
}

/**
 * Writes `bytes` like writeFileAtomic, but reads the temporary file back from disk and hands those
 * bytes to `check` before moving it into place: a file that fails its check is removed and never
 * appears under `target` (an existing target stays as it was, even with `overwrite`). An existing
 * target that may not be replaced is refused before anything is written or checked. A check that
 * throws has the temporary file removed and its error rethrown.
 */
export async function writeFileChecked<P>(target: string, bytes: Uint8Array, options: CheckedWriteOptions<P>): Promise<Result<null, FileError | CheckFailed<P>>> {
  const fs = options.fs ?? nodeWriteFileSystem;
  if (!options.overwrite && (await pathExists(target, fs))) return err({ code: 'exists', file: target });
  let temp: string;
  try {
    temp = await writeTemporaryFile(fs, target, bytes);
  } catch (error) {
    return err(writeErrorOf(error, target));
  }
  let problem: P | null;
  try {
    const written = await readFileLimited(temp, { maxBytes: bytes.length });
    if (!written.ok) {
      await removeQuietly(fs, temp);
      const why = written.error;
      return err({ code: 'write-failed', file: target, cause: why.code === 'read-failed' ? why.cause : 'other', errno: why.code === 'read-failed' ? why.errno : null });
    }
    problem = await options.check(written.value);
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  if (problem !== null) {
    await removeQuietly(fs, temp);
    return err({ code: 'check-failed', file: target, problem });
  }
  return placeTemporaryFile(fs, temp, target, options.overwrite);
}
