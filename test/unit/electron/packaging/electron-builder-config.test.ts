import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Configuration, FileAssociation } from 'electron-builder';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../../../build/electron-builder.config.cjs') as Configuration;
const packageJson = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; productName: string };

/** The targets of a platform section as "target:arch" strings. */
function targets(section: Configuration['win'] | Configuration['mac']): string[] {
  const list = (section?.target ?? []) as { target: string; arch: string[] }[];
  return list.flatMap((entry) => entry.arch.map((arch) => `${entry.target}:${arch}`));
}

describe('build/electron-builder.config.cjs', () => {
  it('names the app and takes its version from package.json', () => {
    expect(config.appId).toBe('jp.upki-tsv-viewer.desktop');
    expect(config.productName).toBe(packageJson.productName);
    expect(config.buildVersion).toBe(packageJson.version);
  });

  it('builds a per-user NSIS installer (no admin rights) and a portable exe for Windows', () => {
    expect(targets(config.win)).toEqual(['nsis:x64', 'nsis:arm64', 'portable:x64']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
  });

  it('builds dmg and zip for Intel and Apple silicon with the hardened runtime and minimal entitlements', () => {
    expect(targets(config.mac)).toEqual(['dmg:x64', 'dmg:arm64', 'zip:x64', 'zip:arm64']);
    expect(config.mac).toMatchObject({ hardenedRuntime: true, entitlements: 'build/entitlements.mac.plist' });
    const plist = readFileSync('build/entitlements.mac.plist', 'utf8');
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual(['com.apple.security.cs.allow-jit']);
  });

  it('associates .tsv, .crt, .cer and .pem as a viewer, described in Japanese and English', () => {
    const associations = (config.fileAssociations ?? []) as FileAssociation[];
    expect(associations.flatMap((association) => association.ext).sort()).toEqual(['cer', 'crt', 'pem', 'tsv']);
    for (const association of associations) {
      expect(association.role).toBe('Viewer');
      expect(association.description).toMatch(/[\u3040-\u30ff\u4e00-\u9faf].* \/ [A-Za-z]/);
    }
  });

  it('sets the same fuses as Forge', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships only the Vite output and the demo file: no sources, tests, fixtures or source maps', () => {
    expect(config.files).toEqual(['package.json', '.vite/build/**', '.vite/renderer/**', '!**/*.map', '!**/test/**', '!**/fixtures/**']);
    expect(config.extraResources).toEqual([{ from: 'demo/serverAll.tsv', to: 'serverAll.tsv' }]);
    expect(config.asar).toBe(true);
  });

  it('never publishes or updates over the network', () => {
    expect(config.publish).toBeNull();
  });
});
