import type { MainServices } from '../../../../../electron/main/app/build-handlers';
import type { RecentFiles } from '../../../../../electron/main/files/recent-files';
import type { FrameLike, InvokeEventLike } from '../../../../../electron/main/ipc/sender-check';
import type { OpenedFile } from '../../../../../shared/ipc/contract';
import { ok } from '../../../../../shared/model/result';

/** The id of the app window's webContents in these tests. */
export const APP_CONTENTS_ID = 7;

/** An IPC event from a frame of a webContents. */
export function eventFrom(url: string, options: { contentsId?: number; subFrame?: boolean; noFrame?: boolean } = {}): InvokeEventLike {
  const top: FrameLike = { url: 'app://bundle/index.html', parent: null };
  const frame: FrameLike = options.subFrame === true ? { url, parent: top } : { url, parent: null };
  return { sender: { id: options.contentsId ?? APP_CONTENTS_ID }, senderFrame: options.noFrame === true ? null : frame };
}

/** The event every trusted call comes with: the app's main frame. */
export const APP_EVENT = eventFrom('app://bundle/index.html');

/** Fake services that record every call; any call at all shows a check let something through. */
export function fakeServices(overrides: Partial<MainServices> = {}): { services: MainServices; calls: string[] } {
  const calls: string[] = [];
  const file = (name: string): OpenedFile => ({ name, bytes: new Uint8Array([1]) });
  const recent: RecentFiles = {
    add: async (path) => void calls.push(`recent.add ${path}`),
    list: async () => (calls.push('recent.list'), [{ id: 'a'.repeat(32), name: 'serverAll.tsv', openedAt: 1 }]),
    pathOf: async (id) => (calls.push(`recent.pathOf ${id}`), id === 'a'.repeat(32) ? '/data/serverAll.tsv' : null),
    remove: async (id) => void calls.push(`recent.remove ${id}`),
  };
  const services: MainServices = {
    policy: { appOrigin: 'app://bundle', isAppWebContents: (id) => id === APP_CONTENTS_ID },
    chooseFiles: async (kind) => (calls.push(`chooseFiles ${kind}`), ['/data/serverAll.tsv']),
    chooseSavePath: async (name, kind) => (calls.push(`chooseSavePath ${name} ${kind}`), '/home/staff/www.crt'),
    chooseFolder: async () => (calls.push('chooseFolder'), '/home/staff/export'),
    readFile: async (path) => (calls.push(`readFile ${path}`), ok(file(path.split('/').pop() ?? path))),
    write: async (target) => (calls.push(`write ${target}`), ok(null)),
    saveToFolder: async (folder, files, kind) => (calls.push(`saveToFolder ${folder} ${files.length} ${kind}`), { folder, written: files.map((f) => f.name), skipped: [], errors: [] }),
    recent,
    takeLaunchPaths: () => (calls.push('takeLaunchPaths'), ['/launch/serverAll.tsv']),
    demoPath: async () => (calls.push('demoPath'), '/app/demo/serverAll.tsv'),
    applyLanguage: (lang) => void calls.push(`applyLanguage ${lang}`),
    preferredLanguage: () => (calls.push('preferredLanguage'), 'ja'),
    ...overrides,
  };
  return { services, calls };
}
