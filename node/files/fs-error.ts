import type { FileErrorCause } from '../../shared/ipc/errors';
import type { FileError } from './file-error';

// POSIX errno names as Node reports them in `error.code` (also on Windows, where libuv maps them).
const CAUSE_BY_ERRNO: Readonly<Record<string, FileErrorCause>> = {
  EACCES: 'permission',
  EPERM: 'permission',
  EROFS: 'read-only',
  ENOSPC: 'no-space',
  EDQUOT: 'no-space',
  ENOTDIR: 'not-a-folder',
  EISDIR: 'is-a-folder',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
  ENOENT: 'missing',
};

/** The `code` of a Node system error ("EACCES"…), or null for anything else. */
export function errnoOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code: unknown = error.code;
  return typeof code === 'string' ? code : null;
}

/** Why a file operation failed, as a cause the user-facing messages know ('other' for an errno they do not name). */
export function fileErrorCause(error: unknown): FileErrorCause {
  const errno = errnoOf(error);
  return (errno !== null ? CAUSE_BY_ERRNO[errno] : undefined) ?? 'other';
}

/** A failed open or read of `file` as a FileError: not-found, permission-denied, is-a-folder, else read-failed with its cause. */
export function readErrorOf(error: unknown, file: string): FileError {
  const errno = errnoOf(error);
  if (errno === 'ENOENT') return { code: 'not-found', file };
  if (errno === 'EACCES' || errno === 'EPERM') return { code: 'permission-denied', file };
  if (errno === 'EISDIR') return { code: 'is-a-folder', file };
  return { code: 'read-failed', file, cause: fileErrorCause(error), errno };
}

/** A failed write of `file` as a FileError: write-failed with its cause and errno. */
export function writeErrorOf(error: unknown, file: string): FileError {
  return { code: 'write-failed', file, cause: fileErrorCause(error), errno: errnoOf(error) };
}
