import { CHANNELS } from '../../../shared/ipc/channels';
import type { HostRequestName } from '../../../shared/ipc/contract';
import type { HostRequestHandler } from './handler-kit';
import type { InvokeEventLike } from './sender-check';

/** One handler per request method, nothing more. */
export type HostRequestHandlers = { readonly [K in HostRequestName]: HostRequestHandler<K> };

/** The part of Electron's ipcMain this module uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers every handler on its contract channel. Refuses (throws at startup, a programming error)
 * a handler for a name that is not in the contract; channels not in the contract have no handler,
 * so Electron rejects invokes on them.
 */
export function registerHandlers(ipc: IpcMainLike, handlers: HostRequestHandlers): void {
  const known = Object.keys(CHANNELS);
  const unknown = Object.keys(handlers).filter((name) => !known.includes(name));
  if (unknown.length > 0) throw new Error(`No contract channel for handler(s): ${unknown.join(', ')}`);
  for (const name of Object.keys(CHANNELS) as HostRequestName[]) {
    const handler: HostRequestHandler<HostRequestName> = handlers[name];
    ipc.handle(CHANNELS[name], (event, ...args) => handler(event, args));
  }
}
