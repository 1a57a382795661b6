import type { FileToSave, FolderSaveKind } from '../../../shared/ipc/contract';
import { err, ok } from '../../../shared/model/result';
import type { FolderSaveReport } from '../files/save-files-to-folder';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What saveFilesToFolder needs. */
export interface SaveFilesToFolderDeps {
  readonly policy: SenderPolicy;
  /** Shows the native folder dialog; the folder, or null when cancelled. */
  readonly chooseFolder: () => Promise<string | null>;
  /** Writes the files into the folder, never overwriting, only with the extensions of `kind` (files/save-files-to-folder.ts). */
  readonly saveToFolder: (folder: string, files: readonly FileToSave[], kind: FolderSaveKind) => Promise<FolderSaveReport>;
}

/**
 * The saveFilesToFolder handler. When nothing could be written and something failed (a read-only
 * folder, a full disk), the failure's message is returned as the error so the user learns why.
 */
export function createSaveFilesToFolderHandler(deps: SaveFilesToFolderDeps): HostRequestHandler<'saveFilesToFolder'> {
  return guardedHandler('saveFilesToFolder', deps.policy, async ({ kind, files }) => {
    const folder = await deps.chooseFolder();
    if (folder === null) return ok(null);
    const report = await deps.saveToFolder(folder, files, kind);
    const firstError = report.errors[0];
    if (report.written.length === 0 && firstError !== undefined) return err(firstError);
    return ok({ folder: report.folder, written: report.written, skipped: report.skipped });
  });
}
