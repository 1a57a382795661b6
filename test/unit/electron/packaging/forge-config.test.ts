import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import config from '../../../../forge.config';

type PluginLike = { name: string; config?: unknown; fusesConfig?: Record<string | number, unknown> };
const plugins = (config.plugins ?? []) as unknown as PluginLike[];

describe('forge.config.ts', () => {
  it('packages into an asar as "UPKI TSV Viewer" with the demo file and the icon', () => {
    expect(config.packagerConfig).toMatchObject({
      name: 'UPKI TSV Viewer',
      asar: true,
      extraResource: ['demo/serverAll.tsv'],
      icon: 'build/icon',
      appBundleId: 'jp.upki-tsv-viewer.desktop',
    });
  });

  it('builds main and preload with their Vite configs and the renderer through the web build', () => {
    const vite = plugins.find((plugin) => plugin.name === 'vite');
    expect(vite?.config).toEqual({
      build: [
        { entry: 'electron/main/main.ts', config: 'vite.main.config.ts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.ts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'build/vite.forge-renderer.config.ts' }],
    });
  });

  it('flips the security fuses', () => {
    const fuses = plugins.find((plugin) => plugin.name === 'fuses')?.fusesConfig;
    expect(fuses).toMatchObject({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('leaves installers to electron-builder and ignores nothing by hand (the Vite plugin packages only .vite)', () => {
    expect(config.makers).toEqual([]);
    expect(config.packagerConfig?.ignore).toBeUndefined();
  });
});
