import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron';
import { join } from 'node:path';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';
import { EVENT_CHANNELS } from '../../../shared/ipc/channels';
import type { HostEvents } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/model/localized-text';
import { createNativeDialogs } from '../dialogs/native-dialogs';
import { findDemoFile } from '../files/demo-file';
import { sanitizeExportName } from '../files/export-file-name';
import { createJsonStore } from '../files/json-store';
import { readBundleFile } from '../files/read-bundle-file';
import { readChosenFile } from '../../../node/files/read-chosen-file';
import { createRecentFiles } from '../files/recent-files';
import { saveFilesToFolder } from '../files/save-files-to-folder';
import { registerHandlers } from '../ipc/register-handlers';
import { installMenu } from '../menu/install-menu';
import { APP_SCHEME } from '../security/app-origin';
import { createBundleResponder } from '../security/app-protocol';
import { installSessionSecurity } from '../security/install-session-security';
import { installNavigationGuards } from '../security/navigation-guard';
import { createMainWindow } from '../window/create-window';
import { buildHandlers } from './build-handlers';
import { createOpenedFilesDelivery } from './deliver-opened-files';
import { filePathsFromArgv } from './launch-arguments';
import { createLaunchQueue } from './launch-queue';
import { preferredLanguage } from './preferred-language';
import { rendererLocation, type RendererBuild } from './renderer-location';

/** The window title and the app name in dialogs. */
const APP_TITLE = 'UPKI TSV Viewer';

/**
 * Wires the app: launch files, single-instance hand-over, macOS open-file, security of every
 * webContents and of the session, the app:// protocol, the IPC handlers, the menu and the window.
 * Must be called before `app` is ready (open-file arrives early on macOS).
 */
export function startApp(build: Omit<RendererBuild, 'isPackaged'>): void {
  const isPackaged = app.isPackaged;
  const location = rendererLocation({ ...build, isPackaged });
  const userData = app.getPath('userData');
  const recent = createRecentFiles(createJsonStore(join(userData, 'recent-files.json')));
  const windowStore = createJsonStore(join(userData, 'window-state.json'));
  let mainWindow: BrowserWindow | null = null;
  let lang: Lang = 'ja';
  // The window holds its close until its bounds are saved, which cancels a quit in progress; remember
  // the quit so it can be finished once the window is gone (macOS keeps running without windows).
  let quitting = false;
  const isDefaultApp = process.defaultApp === true;

  const sendEvent = <E extends keyof HostEvents>(name: E, payload: HostEvents[E]): void => {
    mainWindow?.webContents.send(EVENT_CHANNELS[name], payload);
  };
  const delivery = createOpenedFilesDelivery({
    readFile: (path) => readChosenFile(path),
    rememberList: (path) => recent.add(path),
    send: (files) => sendEvent('filesOpened', files),
    showError: (error) => void dialog.showMessageBox({ type: 'error', title: APP_TITLE, message: error.message[lang] }),
  });
  const launch = createLaunchQueue((paths) => void delivery(paths));
  launch.add(filePathsFromArgv(process.argv, { isDefaultApp, cwd: process.cwd() }));

  const applyLanguage = (next: Lang): void => {
    lang = next;
    installMenu(Menu, { lang, isPackaged, platform: process.platform, appName: APP_TITLE }, (command) => sendEvent('menuCommand', command));
  };
  const openWindow = async (): Promise<void> => {
    launch.reset();
    mainWindow = await createMainWindow({
      createBrowserWindow: (options) => new BrowserWindow(options),
      workAreas: () => [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((display) => display.workArea),
      stateStore: windowStore,
      preloadPath: join(build.mainDir, 'preload.cjs'),
      entryUrl: location.entryUrl,
      title: APP_TITLE,
      devTools: !isPackaged,
      onClosed: () => {
        mainWindow = null;
        if (quitting) app.quit();
      },
    });
  };
  const showWindow = (): void => {
    if (mainWindow === null) {
      if (app.isReady()) void openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  };

  app.on('second-instance', (_event, argv, workingDirectory) => {
    launch.add(filePathsFromArgv(argv, { isDefaultApp, cwd: workingDirectory }));
    showWindow();
  });
  app.on('open-file', (event, path) => {
    event.preventDefault();
    launch.add([path]);
    showWindow();
  });
  app.on('web-contents-created', (_event, contents) => installNavigationGuards(contents, location.appOrigin));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showWindow);

  void app.whenReady().then(async () => {
    installSessionSecurity(session.defaultSession, {
      appOrigin: location.appOrigin,
      isDevelopment: !isPackaged,
      ...(location.devServerOrigin === undefined ? {} : { devServerOrigin: location.devServerOrigin }),
    });
    if (location.bundleRoot !== null) protocol.handle(APP_SCHEME, createBundleResponder(location.bundleRoot, readBundleFile));
    const dialogs = createNativeDialogs({
      dialog,
      window: () => mainWindow,
      lang: () => lang,
      defaultFolder: () => app.getPath('documents'),
      sanitizeName: sanitizeExportName,
    });
    const systemLanguage = preferredLanguage(app.getPreferredSystemLanguages(), app.getLocale());
    registerHandlers(
      ipcMain,
      buildHandlers({
        policy: { appOrigin: location.appOrigin, isAppWebContents: (id) => mainWindow !== null && !mainWindow.isDestroyed() && mainWindow.webContents.id === id },
        chooseFiles: (kind) => dialogs.chooseFiles(kind),
        chooseSavePath: (name, kind) => dialogs.chooseSavePath(name, kind),
        chooseFolder: () => dialogs.chooseFolder(),
        readFile: (path) => readChosenFile(path),
        write: writeFileAtomic,
        saveToFolder: (folder, files, kind) => saveFilesToFolder(folder, files, { overwrite: false, kind, sanitizeName: sanitizeExportName }),
        recent,
        takeLaunchPaths: () => launch.take(),
        demoPath: () => findDemoFile({ isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath(), mainDir: build.mainDir, cwd: process.cwd() }),
        applyLanguage,
        preferredLanguage: () => systemLanguage,
      }),
    );
    applyLanguage(systemLanguage);
    await openWindow();
  });
}
