import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import { notFound } from '../../../shared/ipc/errors';
import { err, type Result } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What openRecentFile needs. */
export interface OpenRecentFileDeps {
  readonly policy: SenderPolicy;
  /** The remembered path of an id, or null for an unknown id. */
  readonly recentPath: (id: string) => Promise<string | null>;
  readonly forgetRecent: (id: string) => Promise<void>;
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
  readonly rememberList: (path: string) => Promise<void>;
}

/** The openRecentFile handler: unknown ids are not-found; a file that has gone is forgotten. */
export function createOpenRecentFileHandler(deps: OpenRecentFileDeps): HostRequestHandler<'openRecentFile'> {
  return guardedHandler('openRecentFile', deps.policy, async ({ id }) => {
    const path = await deps.recentPath(id);
    if (path === null) return err(notFound('最近使ったファイル / recent file'));
    const file = await deps.readFile(path);
    if (!file.ok) {
      if (file.error.code === 'not-found') await deps.forgetRecent(id);
      return file;
    }
    await deps.rememberList(path);
    return file;
  });
}
