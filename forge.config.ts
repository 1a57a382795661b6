import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';

/**
 * Electron Forge builds and packages the app (`npm start` with Electron, `npm run package`);
 * electron-builder turns the packaged app into installers (build/electron-builder.config.cjs).
 * The Vite plugin bundles main and preload (CommonJS, into .vite/build) and the renderer (into
 * .vite/renderer/main_window, through build/vite.forge-renderer.config.ts, which wraps the web
 * build's vite.config.ts); only .vite is packaged, so no source, test or fixture ships.
 */
const config: ForgeConfig = {
  packagerConfig: {
    name: 'UPKI TSV Viewer',
    executableName: 'upki-tsv-viewer',
    appBundleId: 'jp.upki-tsv-viewer.desktop',
    appCategoryType: 'public.app-category.productivity',
    // Packager picks icon.icns on macOS and icon.ico on Windows.
    icon: 'build/icon',
    asar: true,
    // Copied next to app.asar as resources/serverAll.tsv (electron/main/files/demo-file.ts).
    extraResource: ['demo/serverAll.tsv'],
  },
  rebuildConfig: {},
  makers: [],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'build/vite.forge-renderer.config.ts' }],
    }),
    // Fuses are flipped in the Electron binary at package time (https://www.electronjs.org/docs/latest/tutorial/fuses).
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      // The page is served from app://, never file://, so file: needs no extra privileges.
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
