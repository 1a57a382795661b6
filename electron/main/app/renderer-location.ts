import { join } from 'node:path';
import { APP_ENTRY_URL, APP_ORIGIN, originOf } from '../security/app-origin';

/** Where the window's page comes from. */
export interface RendererLocation {
  /** The URL the window loads. */
  readonly entryUrl: string;
  /** The only origin the page may talk to or load from. */
  readonly appOrigin: string;
  /** The renderer build folder served at app://bundle/, or null when a dev server serves the page. */
  readonly bundleRoot: string | null;
  /** The Vite dev server's origin (unpackaged `electron-forge start` only). */
  readonly devServerOrigin?: string;
}

/** What decides the renderer's location: the Forge Vite plugin's build-time constants and the packaging. */
export interface RendererBuild {
  readonly isPackaged: boolean;
  /** MAIN_WINDOW_VITE_DEV_SERVER_URL, defined only under `electron-forge start`. */
  readonly devServerUrl: string | undefined;
  /** MAIN_WINDOW_VITE_NAME: the renderer's folder name under .vite/renderer/. */
  readonly rendererName: string;
  /** The folder of main.cjs (.vite/build). */
  readonly mainDir: string;
}

/**
 * The page's location: the dev server in unpackaged development when Forge started one, else the
 * built renderer (.vite/renderer/<name>, next to .vite/build) served at app://bundle/. A packaged app
 * never loads a dev server URL, whatever was compiled in.
 */
export function rendererLocation(build: RendererBuild): RendererLocation {
  const devOrigin = build.devServerUrl === undefined ? null : originOf(build.devServerUrl);
  if (!build.isPackaged && build.devServerUrl !== undefined && devOrigin !== null && /^https?:/.test(devOrigin)) {
    return { entryUrl: build.devServerUrl, appOrigin: devOrigin, bundleRoot: null, devServerOrigin: devOrigin };
  }
  return { entryUrl: APP_ENTRY_URL, appOrigin: APP_ORIGIN, bundleRoot: join(build.mainDir, '..', 'renderer', build.rendererName) };
}
