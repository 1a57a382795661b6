import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
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

  it('names a demo file and icons that exist', () => {
    for (const resource of config.packagerConfig?.extraResource ?? []) expect(existsSync(resource), resource).toBe(true);
    // Packager adds .icns on macOS and .ico on Windows to the icon's base name.
    for (const extension of ['.icns', '.ico']) expect(existsSync(`${config.packagerConfig?.icon}${extension}`), extension).toBe(true);
  });

  describe('the Vite plugin', () => {
    const vite = plugins.find((plugin) => plugin.name === 'vite')?.config as {
      build: { entry: string; config: string; target: string }[];
      renderer: { name: string; config: string }[];
    };
    // The plugin writes each build entry to .vite/build/<entry name>.cjs (its vite.main/preload configs).
    const outputOf = (target: string): string[] =>
      vite.build.filter((build) => build.target === target).map((build) => `.vite/build/${basename(build.entry, extname(build.entry))}.cjs`);

    it('builds entry files and configs that exist', () => {
      for (const path of [...vite.build.flatMap((build) => [build.entry, build.config]), ...vite.renderer.map((renderer) => renderer.config)]) {
        expect(existsSync(path), path).toBe(true);
      }
    });

    it('builds the main process for Node and the preload for Chromium, each with its own config', async () => {
      expect(vite.build.map((build) => build.target).sort()).toEqual(['main', 'preload']);
      const targetOf = async (target: string): Promise<unknown> => {
        const path = vite.build.find((build) => build.target === target)!.config;
        const loaded = (await import(/* @vite-ignore */ resolve(path))) as { default: { build?: { target?: unknown } } };
        return loaded.default.build?.target;
      };
      // Main runs in Electron's Node; the sandboxed preload in its Chromium.
      expect(await targetOf('main')).toMatch(/^node\d+$/);
      expect(await targetOf('preload')).toMatch(/^chrome\d+$/);
    });

    it('writes the main bundle where package.json "main" points, and one preload bundle where main loads it', () => {
      const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
      expect(outputOf('main')).toEqual([packageJson.main]);
      // start-app.ts loads the preload from next to main.cjs (test/unit/electron/main/app/start-app.test.ts).
      expect(outputOf('preload')).toEqual([join(dirname(packageJson.main), 'preload.cjs')]);
    });

    it('defines the renderer name main.ts reads (MAIN_WINDOW_VITE_NAME) for one renderer', () => {
      // The plugin defines <NAME>_VITE_NAME and <NAME>_VITE_DEV_SERVER_URL for each renderer, NAME in upper snake case.
      const defined = vite.renderer.map((renderer) => renderer.name.toUpperCase().replaceAll('-', '_'));
      const read = [...readFileSync('electron/main/main.ts', 'utf8').matchAll(/declare const (\w+)_VITE_(?:NAME|DEV_SERVER_URL)\b/g)].map((match) => match[1]);
      expect(read.length).toBeGreaterThan(0);
      expect([...new Set(read)]).toEqual(defined);
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
