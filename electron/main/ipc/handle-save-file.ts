import { basename } from 'node:path';
import type { SaveFileKind } from '../../../shared/ipc/contract';
import { writeFailed } from '../../../shared/ipc/errors';
import { hasAllowedExtension, SAVE_KIND_EXTENSIONS } from '../../../shared/ipc/writable-file-kinds';
import { err, ok, type Result } from '../../../shared/model/result';
import type { FileError } from '../../../node/files/file-error';
import type { AtomicWriteOptions } from '../../../node/files/write-file-atomic';
import { hostErrorOf } from '../../../node/files/host-error';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What saveFile needs. */
export interface SaveFileDeps {
  readonly policy: SenderPolicy;
  /** Shows the native save dialog (which confirms overwriting itself); the path, or null when cancelled. */
  readonly chooseSavePath: (suggestedName: string, kind: SaveFileKind) => Promise<string | null>;
  readonly write: (target: string, bytes: Uint8Array, options: AtomicWriteOptions) => Promise<Result<null, FileError>>;
}

/**
 * The saveFile handler: the user picks the place (the renderer never names a path), then the bytes are
 * written atomically. Overwriting is allowed because the OS dialog has already asked the user. A chosen
 * path whose extension is not one of the kind's (SAVE_KIND_EXTENSIONS) is not written: the host writes
 * only the file kinds the app produces, whatever name the dialog was given or returned.
 */
export function createSaveFileHandler(deps: SaveFileDeps): HostRequestHandler<'saveFile'> {
  return guardedHandler('saveFile', deps.policy, async ({ suggestedName, kind, bytes }) => {
    const path = await deps.chooseSavePath(suggestedName, kind);
    if (path === null) return ok(null);
    if (!hasAllowedExtension(basename(path), SAVE_KIND_EXTENSIONS[kind])) return err(writeFailed(basename(path), 'kind-not-written'));
    const written = await deps.write(path, bytes, { overwrite: true });
    if (written.ok) return ok({ savedTo: path });
    return err(hostErrorOf(written.error, basename(path)));
  });
}
