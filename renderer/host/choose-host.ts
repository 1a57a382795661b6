import { PRELOAD_API_NAME, type PreloadApi } from '../../shared/ipc/contract';
import { createElectronHost } from './electron-host';
import type { Host } from './host';
import { createWebHost, type WebHostOptions } from './web-host';

const PRELOAD_METHODS = ['openFiles', 'openDemoFile', 'saveFile', 'onFilesOpened', 'onMenuCommand'] as const;

/** True when `value` looks like the preload bridge (an object with the contract's functions). */
export function isPreloadApi(value: unknown): value is PreloadApi {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return PRELOAD_METHODS.every((name) => typeof record[name] === 'function');
}

/** The host of this page: the Electron bridge when the preload exposed one, else the web host. */
export function chooseHost(global: object = globalThis, webOptions: WebHostOptions = {}): Host {
  const candidate = (global as Record<string, unknown>)[PRELOAD_API_NAME];
  return isPreloadApi(candidate) ? createElectronHost(candidate) : createWebHost(webOptions);
}
