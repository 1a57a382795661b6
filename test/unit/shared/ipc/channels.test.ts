/**
 * The channel table from both ends: every method of the host contract has exactly one channel, the
 * preload exposes exactly the contract's methods and events and sends each on its own channel with
 * an argument the main process accepts, and the main process answers each channel with that
 * method's handler. The method list is HOST_REQUEST_VALIDATORS's keys, a table the compiler holds
 * to exactly the contract's HostRequests.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { registerHandlers, type HostRequestHandlers, type IpcMainLike } from '../../../../electron/main/ipc/register-handlers';
import { CHANNELS, EVENT_CHANNELS, REQUEST_CHANNEL_LIST, requestNameOfChannel } from '../../../../shared/ipc/channels';
import { PRELOAD_API_NAME, type HostEvents, type HostRequestName } from '../../../../shared/ipc/contract';
import { HOST_REQUEST_VALIDATORS, validateHostArg } from '../../../../shared/ipc/validators';

const METHODS = Object.keys(HOST_REQUEST_VALIDATORS).sort() as HostRequestName[];
const EVENTS = Object.keys(EVENT_CHANNELS).sort() as (keyof HostEvents)[];
/** filesOpened → onFilesOpened, the preload's subscription to an event. */
const subscriptionOf = (event: string): string => `on${event[0]!.toUpperCase()}${event.slice(1)}`;

/** The part of Electron the preload uses, recording what it does. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const state = {
    exposed: [] as { name: string; api: unknown }[],
    invoked: [] as { channel: string; args: unknown[] }[],
    listeners: new Map<string, Set<Listener>>(),
  };
  const module = {
    contextBridge: { exposeInMainWorld: (name: string, api: unknown) => void state.exposed.push({ name, api }) },
    ipcRenderer: {
      invoke: (channel: string, ...args: unknown[]) => {
        state.invoked.push({ channel, args });
        return Promise.resolve({ ok: true, value: channel });
      },
      on: (channel: string, listener: Listener) => {
        const set = state.listeners.get(channel) ?? new Set<Listener>();
        set.add(listener);
        state.listeners.set(channel, set);
      },
      removeListener: (channel: string, listener: Listener) => void state.listeners.get(channel)?.delete(listener),
    },
  };
  return { state, module };
});
vi.mock('electron', () => electron.module);

describe('the channel table', () => {
  it('gives every contract method exactly one request channel, and lists each once', () => {
    expect(Object.keys(CHANNELS).sort()).toEqual(METHODS);
    expect([...REQUEST_CHANNEL_LIST].sort()).toEqual(METHODS.map((method) => CHANNELS[method]).sort());
  });

  it('gives every request and event a channel of its own', () => {
    const all = [...Object.values(CHANNELS), ...Object.values(EVENT_CHANNELS)];
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(METHODS)('maps the channel of %s back to that method', (method) => {
    expect(requestNameOfChannel(CHANNELS[method])).toBe(method);
  });

  it.each([
    { name: 'an event channel', input: EVENT_CHANNELS.menuCommand },
    { name: 'an unrelated channel', input: 'upki:readAnyFile' },
    { name: 'an inherited property name', input: 'toString' },
    { name: 'the empty string', input: '' },
  ])('knows no request method for $name', ({ input }) => {
    expect(requestNameOfChannel(input)).toBe(null);
  });
});

describe('the preload', () => {
  let api: Record<string, (...args: unknown[]) => unknown>;
  beforeAll(async () => {
    await import('../../../../electron/preload/preload');
    expect(electron.state.exposed.map((entry) => entry.name)).toEqual([PRELOAD_API_NAME]);
    api = electron.state.exposed[0]!.api as typeof api;
  });

  it("exposes exactly the contract's methods and one subscription per event", () => {
    expect(Object.keys(api).sort()).toEqual([...METHODS, ...EVENTS.map(subscriptionOf)].sort());
  });

  it.each(METHODS)('sends %s once, on its own channel, with one argument the main process accepts', async (method) => {
    electron.state.invoked.length = 0;
    const sentinel = { sentinel: method };
    const answer = await api[method]!(sentinel);
    expect(electron.state.invoked.map((call) => call.channel)).toEqual([CHANNELS[method]]);
    const { args } = electron.state.invoked[0]!;
    expect(args).toHaveLength(1);
    // Either it passes the caller's argument through untouched, or (a method without one) sends a value the validator accepts.
    if (args[0] !== sentinel) expect(validateHostArg(method, args[0]).ok).toBe(true);
    expect(answer).toEqual({ ok: true, value: CHANNELS[method] });
  });

  it.each(EVENTS)('subscribes to %s on its channel, hands the listener the payload only, and unsubscribes the same listener', (event) => {
    const received: unknown[][] = [];
    const unsubscribe = api[subscriptionOf(event)]!((...args: unknown[]) => received.push(args)) as () => void;
    const registered = [...(electron.state.listeners.get(EVENT_CHANNELS[event]) ?? [])];
    expect(registered).toHaveLength(1);
    registered[0]!({ sender: 'the IPC event, never for the page' }, 'payload');
    expect(received).toEqual([['payload']]);
    unsubscribe();
    expect(electron.state.listeners.get(EVENT_CHANNELS[event])?.size).toBe(0);
  });
});

describe('the main process', () => {
  it('answers every channel with the handler of its own method', async () => {
    const listeners = new Map<string, Parameters<IpcMainLike['handle']>[1]>();
    const handlers = Object.fromEntries(METHODS.map((method) => [method, async () => ({ ok: true, value: method })])) as unknown as HostRequestHandlers;
    registerHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, handlers);
    expect([...listeners.keys()].sort()).toEqual(METHODS.map((method) => CHANNELS[method]).sort());
    for (const method of METHODS) {
      expect(await listeners.get(CHANNELS[method])!({} as never, null)).toEqual({ ok: true, value: method });
    }
  });
});
