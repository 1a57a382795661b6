import type { PreloadApi } from '../../shared/ipc/contract';
import { filesFromDrop } from './dropped-files';
import { ok } from '../../shared/model/result';
import type { Host } from './host';

/** The Host over the Electron preload bridge: one bridge call per method, no logic of its own. */
export function createElectronHost(api: PreloadApi): Host {
  return {
    kind: 'electron',
    recentFilesNeedReselect: false,
    openFiles: (kind) => api.openFiles({ kind }),
    // The main process reads the file: its bytes come over IPC (the dialog shows, a list is one file).
    openListFile: async () => {
      const opened = await api.openFiles({ kind: 'list' });
      return opened.ok ? ok(opened.value?.[0] ?? null) : opened;
    },
    openDemoFile: () => api.openDemoFile(null),
    takeLaunchFiles: () => api.takeLaunchFiles(null),
    listRecentFiles: () => api.listRecentFiles(null),
    openRecentFile: (id) => api.openRecentFile({ id }),
    filesFromDrop,
    // The main process records files it opened itself; dropped files have no path it could reopen.
    rememberOpenedFile: () => undefined,
    saveFile: (suggestedName, kind, bytes) => api.saveFile({ suggestedName, kind, bytes }),
    saveFilesToFolder: (files, kind) => api.saveFilesToFolder({ kind, files }),
    setLanguage: (lang) => api.setLanguage({ lang }),
    getPreferredLanguage: () => api.getPreferredLanguage(null),
    onFilesOpened: (listener) => api.onFilesOpened(listener),
    onMenuCommand: (listener) => api.onMenuCommand(listener),
  };
}
