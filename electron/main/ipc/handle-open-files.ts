import type { HostError, OpenedFile, OpenFileKind } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What openFiles needs from the rest of the main process. */
export interface OpenFilesDeps {
  readonly policy: SenderPolicy;
  /** Shows the native open dialog for a kind; the chosen paths, or null when cancelled. */
  readonly chooseFiles: (kind: OpenFileKind) => Promise<string[] | null>;
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
  /** Remembers an opened list file. */
  readonly rememberList: (path: string) => Promise<void>;
}

/** The openFiles handler: dialog, then read every chosen file (the first failure is returned). */
export function createOpenFilesHandler(deps: OpenFilesDeps): HostRequestHandler<'openFiles'> {
  return guardedHandler('openFiles', deps.policy, async ({ kind }) => {
    const paths = await deps.chooseFiles(kind);
    if (paths === null || paths.length === 0) return ok(null);
    const files: OpenedFile[] = [];
    for (const path of paths) {
      const file = await deps.readFile(path);
      if (!file.ok) return err(file.error);
      files.push(file.value);
      if (kind === 'list') await deps.rememberList(path);
    }
    return ok(files);
  });
}
