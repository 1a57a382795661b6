import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What openDemoFile needs. */
export interface OpenDemoFileDeps {
  readonly policy: SenderPolicy;
  /** The path of the bundled demo serverAll.tsv. */
  readonly demoPath: () => Promise<string>;
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
}

/** The openDemoFile handler: reads the bundled demo list (not remembered as a recent file). */
export function createOpenDemoFileHandler(deps: OpenDemoFileDeps): HostRequestHandler<'openDemoFile'> {
  return guardedHandler('openDemoFile', deps.policy, async () => deps.readFile(await deps.demoPath()));
}
