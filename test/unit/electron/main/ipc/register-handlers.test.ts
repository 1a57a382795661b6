import { describe, expect, it } from 'vitest';
import { buildHandlers } from '../../../../../electron/main/app/build-handlers';
import { registerHandlers, type HostRequestHandlers, type IpcMainLike } from '../../../../../electron/main/ipc/register-handlers';
import { CHANNELS } from '../../../../../shared/ipc/channels';
import { APP_EVENT, fakeServices } from './fake-services';

describe('registerHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const registered: string[] = [];
    const ipc: IpcMainLike = { handle: (channel) => void registered.push(channel) };
    registerHandlers(ipc, buildHandlers(fakeServices().services));
    expect(registered.sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('passes the event and every argument to the handler', async () => {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    registerHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, buildHandlers(fakeServices().services));
    expect(await listeners.get(CHANNELS.getPreferredLanguage)?.(APP_EVENT, null)).toEqual({ ok: true, value: 'ja' });
    const twoArgs = (await listeners.get(CHANNELS.getPreferredLanguage)?.(APP_EVENT, null, 'extra')) as { ok: boolean };
    expect(twoArgs.ok).toBe(false);
  });

  it('refuses a handler for a method that is not in the contract', () => {
    const handlers = { ...buildHandlers(fakeServices().services), readAnyFile: async () => ({ ok: true }) } as unknown as HostRequestHandlers;
    expect(() => registerHandlers({ handle: () => undefined }, handlers)).toThrow(/readAnyFile/);
  });
});
