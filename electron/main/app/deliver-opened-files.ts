import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/model/result';

/** What delivering files to an open window needs. */
export interface DeliveryDeps {
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
  readonly rememberList: (path: string) => Promise<void>;
  /** Sends the filesOpened event to the window. */
  readonly send: (files: OpenedFile[]) => void;
  /** Tells the user a file could not be opened (a native message box: the event carries no errors). */
  readonly showError: (error: HostError) => void;
}

/** A function that reads paths and sends those it could read as one filesOpened event, reporting each failure. */
export function createOpenedFilesDelivery(deps: DeliveryDeps): (paths: readonly string[]) => Promise<void> {
  return async (paths) => {
    const files: OpenedFile[] = [];
    for (const path of paths) {
      const file = await deps.readFile(path);
      if (file.ok) {
        files.push(file.value);
        await deps.rememberList(path);
      } else {
        deps.showError(file.error);
      }
    }
    if (files.length > 0) deps.send(files);
  };
}
