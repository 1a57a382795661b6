import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNELS, EVENT_CHANNELS } from '../../shared/ipc/channels';
import { PRELOAD_API_NAME, type HostEvents, type HostResult, type PreloadApi } from '../../shared/ipc/contract';

/**
 * The preload bridge: the contract's PreloadApi, one explicit ipcRenderer.invoke per request method and
 * one named subscription per event, exposed once as `window.upkiHost`. No logic here: the main process
 * validates every argument, and the page never sees ipcRenderer or an event object (whose `sender`
 * would hand it the raw IPC).
 */
const api: PreloadApi = {
  openFiles: (arg) => ipcRenderer.invoke(CHANNELS.openFiles, arg) as Promise<HostResult<'openFiles'>>,
  openDemoFile: () => ipcRenderer.invoke(CHANNELS.openDemoFile, null) as Promise<HostResult<'openDemoFile'>>,
  takeLaunchFiles: () => ipcRenderer.invoke(CHANNELS.takeLaunchFiles, null) as Promise<HostResult<'takeLaunchFiles'>>,
  listRecentFiles: () => ipcRenderer.invoke(CHANNELS.listRecentFiles, null) as Promise<HostResult<'listRecentFiles'>>,
  openRecentFile: (arg) => ipcRenderer.invoke(CHANNELS.openRecentFile, arg) as Promise<HostResult<'openRecentFile'>>,
  saveFile: (arg) => ipcRenderer.invoke(CHANNELS.saveFile, arg) as Promise<HostResult<'saveFile'>>,
  saveFilesToFolder: (arg) => ipcRenderer.invoke(CHANNELS.saveFilesToFolder, arg) as Promise<HostResult<'saveFilesToFolder'>>,
  setLanguage: (arg) => ipcRenderer.invoke(CHANNELS.setLanguage, arg) as Promise<HostResult<'setLanguage'>>,
  getPreferredLanguage: () => ipcRenderer.invoke(CHANNELS.getPreferredLanguage, null) as Promise<HostResult<'getPreferredLanguage'>>,
  onFilesOpened: (listener) => {
    const forward = (_event: IpcRendererEvent, files: HostEvents['filesOpened']): void => listener(files);
    ipcRenderer.on(EVENT_CHANNELS.filesOpened, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.filesOpened, forward);
    };
  },
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: HostEvents['menuCommand']): void => listener(command);
    ipcRenderer.on(EVENT_CHANNELS.menuCommand, forward);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNELS.menuCommand, forward);
    };
  },
};

contextBridge.exposeInMainWorld(PRELOAD_API_NAME, api);
