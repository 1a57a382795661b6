import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What takeLaunchFiles needs. */
export interface TakeLaunchFilesDeps {
  readonly policy: SenderPolicy;
  /** The paths given at launch that the window has not taken yet; taking them empties the queue. */
  readonly takeLaunchPaths: () => string[];
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
  readonly rememberList: (path: string) => Promise<void>;
}

/** The takeLaunchFiles handler: reads the files from the command line or the OS (the first failure is returned). */
export function createTakeLaunchFilesHandler(deps: TakeLaunchFilesDeps): HostRequestHandler<'takeLaunchFiles'> {
  return guardedHandler('takeLaunchFiles', deps.policy, async () => {
    const files: OpenedFile[] = [];
    for (const path of deps.takeLaunchPaths()) {
      const file = await deps.readFile(path);
      if (!file.ok) return err(file.error);
      files.push(file.value);
      await deps.rememberList(path);
    }
    return ok(files);
  });
}
