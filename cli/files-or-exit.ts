import { resolve } from 'node:path';
import type { LocalizedText } from '../shared/model/localized-text';
import { ensureFolder } from '../node/files/ensure-folder';
import type { FileError } from '../node/files/file-error';
import { pathExists } from '../node/files/path-exists';
import { pathInsideFolder } from '../node/files/path-inside-folder';
import { readFileLimited } from '../node/files/read-file';
import { writeFileAtomic } from '../node/files/write-file-atomic';
import { writeFileChecked } from '../node/files/write-file-checked';
import { inputError } from './cli-error';
import { bothLanguages } from './i18n/i18n';

/*
 * The CLI's use of node/files: the same operations, each failure worded for the command line and
 * thrown as an exit-1 CliError. `file` in a message is the path as the user typed it.
 */

/** Whole megabytes, rounded up, for the too-large message. */
const mb = (bytes: number): number => Math.ceil(bytes / 1024 / 1024);

/** The message of a node/files failure about `file` (named as the user typed it). */
export function fileErrorText(error: FileError, file: string): LocalizedText {
  switch (error.code) {
    case 'not-found':
      return bothLanguages('file.notFound', { file });
    case 'permission-denied':
      return bothLanguages('file.permissionDenied', { file });
    case 'is-a-folder':
      return bothLanguages('file.isFolder', { file });
    case 'not-a-regular-file':
      return bothLanguages('file.notRegular', { file });
    case 'too-large':
      return bothLanguages('file.tooLarge', { size: mb(error.size), limit: mb(error.limit), file });
    case 'read-failed':
      return bothLanguages('file.readFailed', { file, errno: error.errno ?? 'error' });
    case 'not-a-folder':
      return bothLanguages('file.notAFolder', { file });
    case 'exists':
      return bothLanguages('file.exists', { file });
    case 'write-failed':
      return bothLanguages('file.writeFailed', { file, errno: error.errno ?? 'error' });
  }
}

/**
 * Reads a whole input file (resolved against `cwd`), refusing (exit 1) a missing file, a folder,
 * anything but a regular file, or a file over `limit` bytes — judged on the open file before any
 * byte is read. Every caller names its limit (shared/model/limits.ts): lists, or certificate files.
 */
export async function readInputFile(file: string, cwd: string, limit: number): Promise<Uint8Array> {
  const read = await readFileLimited(resolve(cwd, file), { maxBytes: limit });
  if (!read.ok) throw inputError(fileErrorText(read.error, file));
  return read.value;
}

/**
 * The absolute path of `name` directly inside `folder` (one plain path segment that cannot leave
 * it; node/files' pathInsideFolder). Throws exit 1 otherwise.
 */
export function pathInFolder(folder: string, name: string): string {
  const target = pathInsideFolder(folder, name);
  if (target === null) throw inputError(bothLanguages('file.leavesFolder', { name }));
  return target;
}

/**
 * The output folder `folder` resolved against `cwd`, created (with its parents) when missing, as
 * `--out ./certs` on a fresh machine is meant; a path that exists but is not a folder, or that cannot
 * be created, is refused (exit 1).
 */
export async function ensureOutputFolder(folder: string, cwd: string): Promise<string> {
  const made = await ensureFolder(resolve(cwd, folder));
  if (!made.ok) throw inputError(fileErrorText({ code: 'not-a-folder', file: folder }, folder));
  return made.value;
}

/** Refuses (exit 1) when `target` exists and may not be overwritten: checked before anything is written. */
export async function refuseExisting(target: string, overwrite: boolean): Promise<void> {
  if (!overwrite && (await pathExists(target))) throw inputError(fileErrorText({ code: 'exists', file: target }, target));
}

/**
 * Writes `bytes` to `target` atomically (node/files: temporary file, fsync, then link or rename).
 * Without `overwrite` an existing file is never replaced, even one created meanwhile. Throws exit 1
 * with a clear message when the file exists or the write fails.
 */
export async function writeOutputFile(target: string, bytes: Uint8Array, overwrite: boolean): Promise<void> {
  const written = await writeFileAtomic(target, bytes, { overwrite });
  if (!written.ok) throw inputError(fileErrorText(written.error, target));
}

/**
 * Like writeOutputFile, but reads the temporary file back from disk and hands its bytes to `check`
 * before moving it into place: a file that fails its check (the returned message) is removed and
 * never appears under `target` (exit 1 with that message).
 */
export async function writeCheckedOutputFile(
  target: string,
  bytes: Uint8Array,
  overwrite: boolean,
  check: (written: Uint8Array) => Promise<LocalizedText | null>,
): Promise<void> {
  const written = await writeFileChecked(target, bytes, { overwrite, check });
  if (written.ok) return;
  throw inputError(written.error.code === 'check-failed' ? written.error.problem : fileErrorText(written.error, target));
}
