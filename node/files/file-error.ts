import type { FileErrorCause } from '../../shared/ipc/errors';

/**
 * Why a file operation of node/files did not happen, as a value. Each front end words it: the CLI in
 * its own messages, the Electron main process as the host contract's HostError. `file` is the path
 * the operation was given; a front end may show another name for it (the user's spelling, a base name).
 *
 * Reads report `not-found`, `permission-denied`, `is-a-folder`, `not-a-regular-file`, `too-large` or
 * `read-failed`; writes report `exists` or `write-failed` (with the cause the messages name, since
 * "read-only", "disk full" and "busy" all matter to someone saving); `not-a-folder` is a path that
 * should be a folder and is a file.
 */
export type FileError =
  | { readonly code: 'not-found' | 'permission-denied' | 'is-a-folder' | 'not-a-regular-file' | 'not-a-folder' | 'exists'; readonly file: string }
  | { readonly code: 'too-large'; readonly file: string; readonly size: number; readonly limit: number }
  | { readonly code: 'read-failed' | 'write-failed'; readonly file: string; readonly cause: FileErrorCause; readonly errno: string | null };

/** The code of a FileError. */
export type FileErrorCode = FileError['code'];
