import { describe, expect, it } from 'vitest';
import { buildHandlers } from '../../../../../electron/main/app/build-handlers';
import type { HostRequestHandler } from '../../../../../electron/main/ipc/handler-kit';
import type { HostRequestName } from '../../../../../shared/ipc/contract';
import { notFound } from '../../../../../shared/ipc/errors';
import { err } from '../../../../../shared/model/result';
import { APP_EVENT, eventFrom, fakeServices } from './fake-services';

const id = 'a'.repeat(32);
const VALID: { readonly [K in HostRequestName]: unknown } = {
  openFiles: { kind: 'list' },
  openDemoFile: null,
  takeLaunchFiles: null,
  listRecentFiles: null,
  openRecentFile: { id },
  saveFile: { suggestedName: 'www.example.ac.jp.crt', kind: 'certificate-pem', bytes: new Uint8Array(4) },
  saveFilesToFolder: { kind: 'certificates', files: [{ name: 'www.example.ac.jp.crt', bytes: new Uint8Array(4) }] },
  setLanguage: { lang: 'en' },
  getPreferredLanguage: null,
};
const METHODS = Object.keys(VALID) as HostRequestName[];

/** Bad arguments of each method (wrong types, extra keys, huge arrays, non-Uint8Array bytes, paths for names). */
const BAD: { readonly [K in HostRequestName]: readonly unknown[] } = {
  openFiles: [{ kind: 'list', path: '/etc' }, { kind: 1 }, { kind: 'list; rm -rf' }, 'list'],
  openDemoFile: [{ path: '/etc/passwd' }, 0, 'demo'],
  takeLaunchFiles: [['/etc/passwd'], {}],
  listRecentFiles: [{ limit: 5 }, []],
  openRecentFile: [{ id: '/home/staff/serverAll.tsv' }, { id, path: '/x' }, { id: ['a'] }],
  saveFile: [
    { suggestedName: '/etc/cron.d/evil', kind: 'text', bytes: new Uint8Array(1) },
    { suggestedName: 'update.bat', kind: 'text', bytes: new Uint8Array(1) },
    { suggestedName: 'setup.exe', kind: 'certificate-der', bytes: new Uint8Array(1) },
    { suggestedName: 'shortcut.lnk', kind: 'csv', bytes: new Uint8Array(1) },
    { suggestedName: 'a.crt', kind: 'text', bytes: [0x30, 0x82] },
    { suggestedName: 'a.crt', kind: 'text', bytes: new Uint8Array(1), path: '/tmp/a.crt' },
    { suggestedName: 'a.crt', kind: 'text', bytes: { length: 3, 0: 1 } },
    { suggestedName: 42, kind: 'text', bytes: new Uint8Array(1) },
  ],
  saveFilesToFolder: [
    { kind: 'certificates', files: [{ name: 'update.bat', bytes: new Uint8Array(1) }] },
    { kind: 'certificates', files: [{ name: 'desktop.ini', bytes: new Uint8Array(1) }] },
    { kind: 'certificates', files: [{ name: 'www.crt', bytes: new Uint8Array(1) }, { name: 'invoice.hta', bytes: new Uint8Array(1) }] },
    { kind: 'certificates', files: Array.from({ length: 10_000 }, (_, i) => ({ name: `${i}.crt`, bytes: new Uint8Array(1) })) },
    { kind: 'certificates', files: [{ name: '..\\..\\evil.crt', bytes: new Uint8Array(1) }] },
    { kind: 'certificates', files: [{ name: 'a.crt', bytes: 'MIIB' }] },
    { kind: 'certificates', files: [{ name: 'a.crt', bytes: new Uint8Array(1) }], folder: '/tmp' },
    { kind: 'certificates', files: 'a.crt' },
    { files: [{ name: 'a.crt', bytes: new Uint8Array(1) }] },
    { kind: 'request', files: [{ name: 'www.crt', bytes: new Uint8Array(1) }] },
    { kind: 'certificates', files: [{ name: '失効申請_20261101.tsv', bytes: new Uint8Array(1) }] },
    { kind: 'anything', files: [{ name: 'a.crt', bytes: new Uint8Array(1) }] },
  ],
  setLanguage: [{ lang: 'ja', extra: true }, { lang: 'zh' }, 'ja'],
  getPreferredLanguage: [{}, 'ja'],
};

/** Calls a handler with one argument. */
function call<K extends HostRequestName>(handler: HostRequestHandler<K>, arg: unknown, event = APP_EVENT) {
  return handler(event, [arg]);
}

describe('every IPC handler', () => {
  for (const method of METHODS) {
    it(`${method} answers a valid call from the app with ok`, async () => {
      const { services } = fakeServices();
      const result = await call(buildHandlers(services)[method], VALID[method]);
      expect(result.ok).toBe(true);
    });

    it.each(BAD[method].map((input, index) => ({ index, input })))(`${method} refuses bad argument #$index with invalid-argument and calls nothing`, async ({ input }) => {
      const { services, calls } = fakeServices();
      const result = await call(buildHandlers(services)[method], input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('invalid-argument');
      expect(calls).toEqual([]);
    });

    const senders = [
      { name: 'a sub-frame of the app', input: eventFrom('app://bundle/index.html', { subFrame: true }) },
      { name: 'another origin in the app window', input: eventFrom('https://evil.example/') },
      { name: 'a file:// page', input: eventFrom('file:///tmp/x.html') },
      { name: 'another webContents', input: eventFrom('app://bundle/index.html', { contentsId: 99 }) },
      { name: 'a destroyed frame', input: eventFrom('app://bundle/index.html', { noFrame: true }) },
    ];
    it.each(senders)(`${method} refuses $name with forbidden-sender and calls nothing`, async ({ input }) => {
      const { services, calls } = fakeServices();
      const result = await call(buildHandlers(services)[method], VALID[method], input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden-sender');
      expect(calls).toEqual([]);
    });

    it(`${method} refuses a call with two arguments`, async () => {
      const { services, calls } = fakeServices();
      const result = await buildHandlers(services)[method](APP_EVENT, [VALID[method], 'extra']);
      expect(!result.ok && result.error.code).toBe('invalid-argument');
      expect(calls).toEqual([]);
    });
  }

  it('turns an exception inside a service into an unavailable error value', async () => {
    const { services } = fakeServices({
      demoPath: async () => {
        throw new Error('boom');
      },
    });
    const result = await call(buildHandlers(services).openDemoFile, null);
    expect(!result.ok && result.error.code).toBe('unavailable');
  });
});

describe('handler behaviour', () => {
  it('openFiles reads the chosen list file and remembers it', async () => {
    const { services, calls } = fakeServices();
    const result = await call(buildHandlers(services).openFiles, { kind: 'list' });
    expect(result).toEqual({ ok: true, value: [{ name: 'serverAll.tsv', bytes: new Uint8Array([1]) }] });
    expect(calls).toEqual(['chooseFiles list', 'readFile /data/serverAll.tsv', 'recent.add /data/serverAll.tsv']);
  });

  it('openFiles does not remember certificate files', async () => {
    const { services, calls } = fakeServices();
    await call(buildHandlers(services).openFiles, { kind: 'certificates' });
    expect(calls.some((line) => line.startsWith('recent.add'))).toBe(false);
  });

  it('openFiles answers null when the dialog is cancelled', async () => {
    const { services } = fakeServices({ chooseFiles: async () => null });
    expect(await call(buildHandlers(services).openFiles, { kind: 'list' })).toEqual({ ok: true, value: null });
  });

  it('openFiles returns the read error', async () => {
    const { services } = fakeServices({ readFile: async () => err(notFound('serverAll.tsv')) });
    const result = await call(buildHandlers(services).openFiles, { kind: 'list' });
    expect(!result.ok && result.error.code).toBe('not-found');
  });

  it('takeLaunchFiles reads the queued launch files', async () => {
    const { services, calls } = fakeServices();
    const result = await call(buildHandlers(services).takeLaunchFiles, null);
    expect(result.ok && result.value.map((file) => file.name)).toEqual(['serverAll.tsv']);
    expect(calls).toContain('takeLaunchPaths');
  });

  it('openDemoFile reads the demo and does not remember it', async () => {
    const { services, calls } = fakeServices();
    await call(buildHandlers(services).openDemoFile, null);
    expect(calls).toEqual(['demoPath', 'readFile /app/demo/serverAll.tsv']);
  });

  it('listRecentFiles gives names and ids only', async () => {
    const { services } = fakeServices();
    const result = await call(buildHandlers(services).listRecentFiles, null);
    expect(result).toEqual({ ok: true, value: [{ id, name: 'serverAll.tsv', openedAt: 1 }] });
  });

  it('openRecentFile opens a known id and refuses an unknown one with not-found', async () => {
    const { services } = fakeServices();
    const handlers = buildHandlers(services);
    expect((await call(handlers.openRecentFile, { id })).ok).toBe(true);
    const unknown = await call(handlers.openRecentFile, { id: 'b'.repeat(32) });
    expect(!unknown.ok && unknown.error.code).toBe('not-found');
  });

  it('openRecentFile forgets a file that has gone', async () => {
    const { services, calls } = fakeServices({ readFile: async () => err(notFound('serverAll.tsv')) });
    await call(buildHandlers(services).openRecentFile, { id });
    expect(calls).toContain(`recent.remove ${id}`);
  });

  it('saveFile writes where the user chose, allowing the overwrite the dialog confirmed', async () => {
    const seen: boolean[] = [];
    const { services, calls } = fakeServices({
      write: async (_target, _bytes, options) => {
        seen.push(options.overwrite);
        return { ok: true, value: null };
      },
    });
    const result = await call(buildHandlers(services).saveFile, VALID.saveFile);
    expect(result).toEqual({ ok: true, value: { savedTo: '/home/staff/www.crt' } });
    expect(calls).toEqual(['chooseSavePath www.example.ac.jp.crt certificate-pem']);
    expect(seen).toEqual([true]);
  });

  it('saveFile answers null when cancelled and reports write failures', async () => {
    const cancelled = fakeServices({ chooseSavePath: async () => null });
    expect(await call(buildHandlers(cancelled.services).saveFile, VALID.saveFile)).toEqual({ ok: true, value: null });
    const failing = fakeServices({ write: async (target) => err({ code: 'write-failed', file: target, cause: 'read-only', errno: 'EROFS' }) });
    const result = await call(buildHandlers(failing.services).saveFile, VALID.saveFile);
    expect(!result.ok && result.error.code).toBe('write-failed');
    expect(!result.ok && result.error.message.en).toContain('www.crt');
  });

  it.each(['update.bat', 'C:\\Users\\staff\\Desktop\\desktop.ini', '/home/staff/www.crt.exe', '/home/staff/www.crt:stream'])(
    'saveFile writes nothing when the dialog returns %s, a kind the app does not produce',
    async (chosen) => {
      const writes: string[] = [];
      const { services } = fakeServices({ chooseSavePath: async () => chosen, write: async (target) => (writes.push(target), { ok: true, value: null }) });
      const result = await call(buildHandlers(services).saveFile, VALID.saveFile);
      expect(!result.ok && result.error.code).toBe('write-failed');
      expect(!result.ok && result.error.message.en).toContain('this app only saves certificate, CSV, calendar, text and request files');
      expect(!result.ok && result.error.message.ja).toContain('証明書・CSV・カレンダー・テキスト・申請TSV のファイル');
      expect(writes).toEqual([]);
    },
  );

  it('saveFilesToFolder writes into the chosen folder', async () => {
    const { services } = fakeServices();
    const result = await call(buildHandlers(services).saveFilesToFolder, VALID.saveFilesToFolder);
    expect(result).toEqual({ ok: true, value: { folder: '/home/staff/export', written: ['www.example.ac.jp.crt'], skipped: [] } });
  });

  it('saveFilesToFolder passes the kind on, so a request export may write only .tsv files', async () => {
    const { services, calls } = fakeServices();
    const files = [{ name: '失効申請_20261101_1.tsv', bytes: new Uint8Array(4) }, { name: '失効申請_20261101_2.tsv', bytes: new Uint8Array(4) }];
    const result = await call(buildHandlers(services).saveFilesToFolder, { kind: 'request', files });
    expect(result.ok && result.value?.written).toEqual(files.map((file) => file.name));
    expect(calls).toEqual(['chooseFolder', 'saveToFolder /home/staff/export 2 request']);
  });

  it('saveFilesToFolder returns the failure when nothing could be written', async () => {
    const { services } = fakeServices({
      saveToFolder: async (folder) => ({
        folder,
        written: [],
        skipped: [{ name: 'a.crt', reason: 'write-failed' }],
        errors: [{ code: 'write-failed', message: { ja: '読み取り専用', en: 'read-only' } }],
      }),
    });
    const result = await call(buildHandlers(services).saveFilesToFolder, VALID.saveFilesToFolder);
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', message: { ja: '読み取り専用', en: 'read-only' } } });
  });

  it('saveFilesToFolder reports skipped existing files as a success', async () => {
    const { services } = fakeServices({
      saveToFolder: async (folder) => ({ folder, written: [], skipped: [{ name: 'a.crt', reason: 'exists' }], errors: [] }),
    });
    const result = await call(buildHandlers(services).saveFilesToFolder, VALID.saveFilesToFolder);
    expect(result).toEqual({ ok: true, value: { folder: '/home/staff/export', written: [], skipped: [{ name: 'a.crt', reason: 'exists' }] } });
  });

  it('setLanguage applies the language and getPreferredLanguage gives the OS one', async () => {
    const { services, calls } = fakeServices();
    const handlers = buildHandlers(services);
    expect(await call(handlers.setLanguage, { lang: 'en' })).toEqual({ ok: true, value: null });
    expect(await call(handlers.getPreferredLanguage, null)).toEqual({ ok: true, value: 'ja' });
    expect(calls).toEqual(['applyLanguage en', 'preferredLanguage']);
  });
});
