import type { RecentFile } from '../../../shared/ipc/contract';
import { ok } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What listRecentFiles needs. */
export interface ListRecentFilesDeps {
  readonly policy: SenderPolicy;
  /** Recent list files, newest first, as ids and names (never paths). */
  readonly listRecent: () => Promise<RecentFile[]>;
}

/** The listRecentFiles handler. */
export function createListRecentFilesHandler(deps: ListRecentFilesDeps): HostRequestHandler<'listRecentFiles'> {
  return guardedHandler('listRecentFiles', deps.policy, async () => ok(await deps.listRecent()));
}
