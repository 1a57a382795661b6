import type { HostEvents, HostRequestName } from './contract';

/**
 * The IPC channel name of every request method and every host event. Both the main process and
 * the preload import this one table, so a channel cannot be misspelt on one side only.
 */

/** The `ipcMain.handle` / `ipcRenderer.invoke` channel of each request method, e.g. `upki:openFiles`. */
export const CHANNELS = {
  openFiles: 'upki:openFiles',
  openDemoFile: 'upki:openDemoFile',
  takeLaunchFiles: 'upki:takeLaunchFiles',
  listRecentFiles: 'upki:listRecentFiles',
  openRecentFile: 'upki:openRecentFile',
  saveFile: 'upki:saveFile',
  saveFilesToFolder: 'upki:saveFilesToFolder',
  setLanguage: 'upki:setLanguage',
  getPreferredLanguage: 'upki:getPreferredLanguage',
} as const satisfies { readonly [K in HostRequestName]: `upki:${K}` };

/** The `webContents.send` / `ipcRenderer.on` channel of each host event, e.g. `upki:event:menuCommand`. */
export const EVENT_CHANNELS = {
  filesOpened: 'upki:event:filesOpened',
  menuCommand: 'upki:event:menuCommand',
} as const satisfies { readonly [K in keyof HostEvents]: `upki:event:${K}` };

/** A request channel name. */
export type RequestChannel = (typeof CHANNELS)[HostRequestName];

/** Every request channel, in declaration order. */
export const REQUEST_CHANNEL_LIST: readonly RequestChannel[] = Object.values(CHANNELS);

/** The request method of a channel name, or null when the channel is not one of ours. */
export function requestNameOfChannel(channel: string): HostRequestName | null {
  for (const name of Object.keys(CHANNELS) as HostRequestName[]) {
    if (CHANNELS[name] === channel) return name;
  }
  return null;
}
