import type { HostError } from '../../shared/ipc/contract';
import { fileTooLarge, notFound, readFailed, writeFailed } from '../../shared/ipc/errors';
import type { FileError } from './file-error';

/**
 * A node/files failure worded as the host contract's HostError, naming the file by `name` (a base
 * name: the renderer never sees a path). Reads become not-found, file-too-large or read-failed with
 * the reason; writes become write-failed with the reason.
 */
export function hostErrorOf(error: FileError, name: string): HostError {
  switch (error.code) {
    case 'not-found':
      return notFound(name);
    case 'too-large':
      return fileTooLarge(name, error.size, error.limit);
    case 'permission-denied':
      return readFailed(name, 'permission');
    case 'is-a-folder':
      return readFailed(name, 'is-a-folder');
    case 'not-a-regular-file':
      return readFailed(name, 'not-a-regular-file');
    case 'read-failed':
      return readFailed(name, error.cause);
    case 'not-a-folder':
      return writeFailed(name, 'not-a-folder');
    case 'exists':
      // Only a write that was told not to overwrite meets this; its callers report it themselves.
      return writeFailed(name, 'other');
    case 'write-failed':
      return writeFailed(name, error.cause);
  }
}
