import { app, protocol } from 'electron';
import { startApp } from './app/start-app';
import { appSchemeDefinitions } from './security/app-protocol';

// Build-time constants of the Forge Vite plugin (undefined outside `electron-forge start`).
declare const MAIN_WINDOW_VITE_DEV_SERVER_URL: string | undefined;
declare const MAIN_WINDOW_VITE_NAME: string | undefined;

// app:// must be privileged before the app is ready (Electron protocol docs).
protocol.registerSchemesAsPrivileged(appSchemeDefinitions());

// One running app: a second launch hands its files to the first (app 'second-instance') and quits.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  startApp({
    devServerUrl: typeof MAIN_WINDOW_VITE_DEV_SERVER_URL === 'string' ? MAIN_WINDOW_VITE_DEV_SERVER_URL : undefined,
    rendererName: typeof MAIN_WINDOW_VITE_NAME === 'string' ? MAIN_WINDOW_VITE_NAME : 'main_window',
    mainDir: __dirname,
  });
}
