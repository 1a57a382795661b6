import type { FileToSave, FolderSaveKind, HostError, OpenedFile, OpenFileKind, SaveFileKind } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/model/localized-text';
import type { Result } from '../../../shared/model/result';
import type { FileError } from '../../../node/files/file-error';
import type { AtomicWriteOptions } from '../../../node/files/write-file-atomic';
import type { FolderSaveReport } from '../files/save-files-to-folder';
import type { RecentFiles } from '../files/recent-files';
import { createGetPreferredLanguageHandler } from '../ipc/handle-get-preferred-language';
import { createListRecentFilesHandler } from '../ipc/handle-list-recent-files';
import { createOpenDemoFileHandler } from '../ipc/handle-open-demo-file';
import { createOpenFilesHandler } from '../ipc/handle-open-files';
import { createOpenRecentFileHandler } from '../ipc/handle-open-recent-file';
import { createSaveFileHandler } from '../ipc/handle-save-file';
import { createSaveFilesToFolderHandler } from '../ipc/handle-save-files-to-folder';
import { createSetLanguageHandler } from '../ipc/handle-set-language';
import { createTakeLaunchFilesHandler } from '../ipc/handle-take-launch-files';
import type { HostRequestHandlers } from '../ipc/register-handlers';
import type { SenderPolicy } from '../ipc/sender-check';

/** The services the handlers call, assembled by main.ts. */
export interface MainServices {
  readonly policy: SenderPolicy;
  readonly chooseFiles: (kind: OpenFileKind) => Promise<string[] | null>;
  readonly chooseSavePath: (suggestedName: string, kind: SaveFileKind) => Promise<string | null>;
  readonly chooseFolder: () => Promise<string | null>;
  readonly readFile: (path: string) => Promise<Result<OpenedFile, HostError>>;
  readonly write: (target: string, bytes: Uint8Array, options: AtomicWriteOptions) => Promise<Result<null, FileError>>;
  readonly saveToFolder: (folder: string, files: readonly FileToSave[], kind: FolderSaveKind) => Promise<FolderSaveReport>;
  readonly recent: RecentFiles;
  readonly takeLaunchPaths: () => string[];
  readonly demoPath: () => Promise<string>;
  readonly applyLanguage: (lang: Lang) => void;
  readonly preferredLanguage: () => Lang;
}

/** One guarded handler per contract method, over the given services. */
export function buildHandlers(services: MainServices): HostRequestHandlers {
  const { policy, readFile } = services;
  const rememberList = (path: string): Promise<void> => services.recent.add(path);
  return {
    openFiles: createOpenFilesHandler({ policy, chooseFiles: services.chooseFiles, readFile, rememberList }),
    openDemoFile: createOpenDemoFileHandler({ policy, demoPath: services.demoPath, readFile }),
    takeLaunchFiles: createTakeLaunchFilesHandler({ policy, takeLaunchPaths: services.takeLaunchPaths, readFile, rememberList }),
    listRecentFiles: createListRecentFilesHandler({ policy, listRecent: () => services.recent.list() }),
    openRecentFile: createOpenRecentFileHandler({
      policy,
      recentPath: (id) => services.recent.pathOf(id),
      forgetRecent: (id) => services.recent.remove(id),
      readFile,
      rememberList,
    }),
    saveFile: createSaveFileHandler({ policy, chooseSavePath: services.chooseSavePath, write: services.write }),
    saveFilesToFolder: createSaveFilesToFolderHandler({ policy, chooseFolder: services.chooseFolder, saveToFolder: services.saveToFolder }),
    setLanguage: createSetLanguageHandler({ policy, applyLanguage: services.applyLanguage }),
    getPreferredLanguage: createGetPreferredLanguageHandler({ policy, preferredLanguage: services.preferredLanguage }),
  };
}
