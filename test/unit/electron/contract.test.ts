import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildHandlers } from '../../../electron/main/app/build-handlers';
import { CHANNELS, EVENT_CHANNELS } from '../../../shared/ipc/channels';
import type { HostEvents, HostRequestName } from '../../../shared/ipc/contract';
import { HOST_REQUEST_VALIDATORS } from '../../../shared/ipc/validators';
import { fakeServices } from './main/ipc/fake-services';

// The method names of HostRequests, read from the contract's source so a method added there without
// its validator, channel, handler or preload binding fails this test.
const contractSource = readFileSync('shared/ipc/contract.ts', 'utf8');
const requestsBlock = /export interface HostRequests \{([\s\S]*?)\n\}/.exec(contractSource)?.[1] ?? '';
const METHODS = [...requestsBlock.matchAll(/^\s{2}(\w+): \{/gm)].map((match) => match[1] as HostRequestName);
const eventsBlock = /export interface HostEvents \{([\s\S]*?)\n\}/.exec(contractSource)?.[1] ?? '';
const EVENTS = [...eventsBlock.matchAll(/^\s{2}(\w+): /gm)].map((match) => match[1] as keyof HostEvents);
const preload = readFileSync('electron/preload/preload.ts', 'utf8');

/** openRecentFile → open-recent-file */
const kebab = (name: string): string => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

describe('the host contract is complete', () => {
  it('reads the nine request methods and two events from the contract', () => {
    expect(METHODS).toHaveLength(9);
    expect(EVENTS).toEqual(['filesOpened', 'menuCommand']);
  });

  it.each(METHODS)('%s has a validator, a channel, a handler file, a handler and exactly one preload invoke', (method) => {
    expect(HOST_REQUEST_VALIDATORS[method]).toBeTypeOf('function');
    expect(CHANNELS[method]).toBe(`upki:${method}`);
    expect(existsSync(`electron/main/ipc/handle-${kebab(method)}.ts`)).toBe(true);
    expect(buildHandlers(fakeServices().services)[method]).toBeTypeOf('function');
    const invokes = preload.match(new RegExp(`ipcRenderer\\.invoke\\(CHANNELS\\.${method},`, 'g')) ?? [];
    expect(invokes).toHaveLength(1);
    expect(preload).toMatch(new RegExp(`^\\s{2}${method}: \\(`, 'm'));
  });

  it.each(EVENTS)('%s has a channel and a named preload subscription that hides the IPC event', (event) => {
    expect(EVENT_CHANNELS[event]).toBe(`upki:event:${event}`);
    expect(preload).toContain(`ipcRenderer.on(EVENT_CHANNELS.${event}, forward)`);
    expect(preload).toContain(`ipcRenderer.removeListener(EVENT_CHANNELS.${event}, forward)`);
  });

  it('the preload has no generic invoke, no loop over channels and exposes the API once', () => {
    expect(preload.match(/ipcRenderer\.invoke\(/g)).toHaveLength(METHODS.length);
    expect(preload).not.toMatch(/ipcRenderer\.(send|sendSync|invoke)\((?!CHANNELS\.)/);
    expect(preload).not.toMatch(/for\s*\(|\.map\(|Object\.(keys|entries|values)/);
    expect(preload.match(/contextBridge\.exposeInMainWorld\(PRELOAD_API_NAME, api\)/g)).toHaveLength(1);
  });

  it('only main-process glue imports electron at run time (everything else is testable in Node)', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)]));
    const runtimeImporters = files('electron/main').filter((file) => /^import (?!type )[^;]*from 'electron';/m.test(readFileSync(file, 'utf8')));
    expect(runtimeImporters.sort()).toEqual([join('electron/main/app/start-app.ts'), join('electron/main/main.ts')]);
  });
});
