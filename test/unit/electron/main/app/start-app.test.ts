import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNELS } from '../../../../../shared/ipc/channels';
import { tempFolder } from '../../../../support/temp-folder';

// The whole main-process wiring, run in Node against a recording stand-in for the electron module
// (the Electron binary cannot run here). Checks what main.ts and start-app.ts hand to Electron.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const state = {
    appListeners: new Map<string, Listener>(),
    ready: null as null | (() => void),
    paths: new Map<string, string>(),
    windows: [] as {
      options: Record<string, unknown>;
      loaded: string[];
      sent: [string, unknown][];
      listeners: Map<string, Listener>;
      destroyed: boolean;
    }[],
    ipc: new Map<string, Listener>(),
    protocols: new Map<string, Listener>(),
    beforeRequest: null as null | Listener,
    menus: [] as unknown[],
    permissionHandlers: [] as string[],
    quits: 0,
  };
  class BrowserWindow {
    readonly record;
    readonly webContents;
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] as string[], sent: [] as [string, unknown][], listeners: new Map<string, Listener>(), destroyed: false };
      state.windows.push(this.record);
      const record = this.record;
      this.webContents = { id: 41, send: (channel: string, payload: unknown) => record.sent.push([channel, payload]) };
    }
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
    once(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    on(event: string, listener: Listener) {
      this.record.listeners.set(event, listener);
    }
    getNormalBounds() {
      return { x: 5, y: 6, width: 1000, height: 700 };
    }
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    isDestroyed() {
      return this.record.destroyed;
    }
    destroy() {
      this.record.destroyed = true;
      this.record.listeners.get('closed')?.();
    }
    maximize() {}
    show() {}
    focus() {}
    restore() {}
  }
  const electron = {
    app: {
      isPackaged: false,
      on: (event: string, listener: Listener) => state.appListeners.set(event, listener),
      whenReady: () => new Promise<void>((resolve) => (state.ready = resolve)),
      isReady: () => state.ready === null,
      getPath: (name: string) => state.paths.get(name) ?? '/nowhere',
      getAppPath: () => '/nowhere',
      getLocale: () => 'ja',
      getPreferredSystemLanguages: () => ['ja-JP'],
      quit: () => {
        state.quits++;
      },
      requestSingleInstanceLock: () => true,
    },
    BrowserWindow,
    dialog: { showMessageBox: async () => ({ response: 0 }), showOpenDialog: async () => ({ canceled: true, filePaths: [] }), showSaveDialog: async () => ({ canceled: true }) },
    ipcMain: { handle: (channel: string, listener: Listener) => state.ipc.set(channel, listener) },
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: (menu: unknown) => state.menus.push(menu) },
    protocol: { handle: (scheme: string, handler: Listener) => state.protocols.set(scheme, handler), registerSchemesAsPrivileged: () => undefined },
    screen: { getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }), getAllDisplays: () => [] },
    session: {
      defaultSession: {
        webRequest: { onBeforeRequest: (listener: Listener) => (state.beforeRequest = listener), onHeadersReceived: () => undefined },
        setPermissionRequestHandler: () => state.permissionHandlers.push('request'),
        setPermissionCheckHandler: () => state.permissionHandlers.push('check'),
        setDevicePermissionHandler: () => state.permissionHandlers.push('device'),
        setDisplayMediaRequestHandler: () => state.permissionHandlers.push('display'),
      },
    },
  };
  return { state, electron };
});
vi.mock('electron', () => fake.electron);

const { state } = fake;
let root: string;
const trusted = () => ({ sender: { id: 41 }, senderFrame: { url: 'app://bundle/index.html', parent: null } });
const invoke = (channel: string, event: unknown, arg: unknown) => state.ipc.get(channel)?.(event, arg) as Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>;

beforeAll(async () => {
  root = tempFolder('main');
  await mkdir(join(root, 'app', '.vite', 'renderer', 'main_window'), { recursive: true });
  await writeFile(join(root, 'app', '.vite', 'renderer', 'main_window', 'index.html'), '<!doctype html><script type="module">go()</script>');
  await writeFile(join(root, 'launch.tsv'), 'launch');
  await writeFile(join(root, 'second.tsv'), 'second');
});

/** Starts a fresh main process (new modules, empty recorded state, its own userData) launched with launch.tsv. */
beforeEach(async () => {
  state.appListeners.clear();
  state.windows.length = 0;
  state.ipc.clear();
  state.protocols.clear();
  state.menus.length = 0;
  state.permissionHandlers.length = 0;
  state.beforeRequest = null;
  state.quits = 0;
  state.paths.set('userData', await mkdtemp(join(root, 'userData-')));
  vi.resetModules();
  const { startApp } = await import('../../../../../electron/main/app/start-app');
  const argv = process.argv;
  process.argv = [process.execPath, join(root, 'launch.tsv')];
  startApp({ devServerUrl: undefined, rendererName: 'main_window', mainDir: join(root, 'app', '.vite', 'build') });
  process.argv = argv;
  state.ready?.();
  state.ready = null;
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toEqual(['app://bundle/index.html']));
});

describe('the main process wiring', () => {
  it('creates one locked-down window with the preload next to main.cjs and loads app://bundle', () => {
    const preferences = state.windows[0]?.options.webPreferences as Record<string, unknown>;
    expect(preferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, preload: join(root, 'app', '.vite', 'build', 'preload.cjs') });
    expect(state.windows).toHaveLength(1);
  });

  it('registers one handler per contract channel', () => {
    expect([...state.ipc.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
  });

  it('serves the renderer folder at app:// with the CSP', async () => {
    const response = (await state.protocols.get('app')?.({ url: 'app://bundle/index.html', method: 'GET' })) as Response;
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("connect-src 'none'");
  });

  it('cancels requests to the network and denies permissions', () => {
    const decisions: unknown[] = [];
    state.beforeRequest?.({ url: 'https://example.com/' }, (decision: unknown) => decisions.push(decision));
    state.beforeRequest?.({ url: 'app://bundle/index.html' }, (decision: unknown) => decisions.push(decision));
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }]);
    expect(state.permissionHandlers.sort()).toEqual(['check', 'device', 'display', 'request']);
  });

  it('answers the app window and refuses a sub-frame', async () => {
    expect(await invoke(CHANNELS.getPreferredLanguage, trusted(), null)).toEqual({ ok: true, value: 'ja' });
    const subFrame = { sender: { id: 41 }, senderFrame: { url: 'app://bundle/index.html', parent: trusted().senderFrame } };
    expect((await invoke(CHANNELS.getPreferredLanguage, subFrame, null)).error?.code).toBe('forbidden-sender');
  });

  it('hands the command-line file and a second launch to the page, then pushes later files as an event', async () => {
    state.appListeners.get('second-instance')?.({}, ['/opt/upki/upki-tsv-viewer', 'second.tsv'], root);
    const taken = await invoke(CHANNELS.takeLaunchFiles, trusted(), null);
    expect((taken.value as { name: string }[]).map((file) => file.name)).toEqual(['launch.tsv', 'second.tsv']);
    state.appListeners.get('open-file')?.({ preventDefault: () => undefined }, join(root, 'second.tsv'));
    await vi.waitFor(() => expect(state.windows[0]?.sent.map(([channel]) => channel)).toContain(EVENT_CHANNELS.filesOpened));
    expect((await invoke(CHANNELS.listRecentFiles, trusted(), null)).value).toEqual([
      expect.objectContaining({ name: 'second.tsv' }),
      expect.objectContaining({ name: 'launch.tsv' }),
    ]);
  });

  it('builds the menu in the OS language and rebuilds it when the page switches language', async () => {
    const first = state.menus.at(-1) as { label: string }[];
    expect(first.map((menu) => menu.label)).toContain('ファイル');
    await invoke(CHANNELS.setLanguage, trusted(), { lang: 'en' });
    expect((state.menus.at(-1) as { label: string }[]).map((menu) => menu.label)).toContain('File');
  });

  it('saves the window bounds in userData when the window closes', async () => {
    const window = state.windows[0];
    window?.listeners.get('close')?.({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(window?.destroyed).toBe(true));
    expect(JSON.parse(await readFile(join(state.paths.get('userData') ?? '', 'window-state.json'), 'utf8'))).toEqual({ x: 5, y: 6, width: 1000, height: 700, maximized: false });
  });

  it('finishes a quit that the window held up to save its bounds', async () => {
    state.appListeners.get('before-quit')?.();
    state.windows[0]?.listeners.get('close')?.({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(state.quits).toBe(1));
  });

  it('does not quit when only the window closes (the platform decides, macOS keeps running)', async () => {
    state.windows[0]?.listeners.get('close')?.({ preventDefault: () => undefined });
    await vi.waitFor(() => expect(state.windows[0]?.destroyed).toBe(true));
    expect(state.quits).toBe(0);
  });
});
