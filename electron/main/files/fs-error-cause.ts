import type { FileErrorCause } from '../../../shared/ipc/errors';

// POSIX errno names as Node reports them in `error.code` (also on Windows, where libuv maps them).
const CAUSE_BY_CODE: Readonly<Record<string, FileErrorCause>> = {
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
export function errorCodeOf(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code: unknown = error.code;
  return typeof code === 'string' ? code : null;
}

/** Why a file operation failed, as a cause the user-facing messages know. */
export function fileErrorCause(error: unknown): FileErrorCause {
  const code = errorCodeOf(error);
  return (code !== null ? CAUSE_BY_CODE[code] : undefined) ?? 'other';
}
