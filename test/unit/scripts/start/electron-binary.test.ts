import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../../../scripts/start/electron-binary';
import { tempFolder } from '../../../support/temp-folder';

let root: string;
beforeEach(async () => {
  root = tempFolder('electron');
  await mkdir(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
});

/** Writes node_modules/electron/path.txt and, optionally, the binary it names. */
async function install(options: { binary: boolean; executable?: boolean }): Promise<string> {
  await writeFile(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
  const binary = join(root, 'node_modules', 'electron', 'dist', 'electron');
  if (options.binary) {
    await writeFile(binary, '#!/bin/sh\n');
    await chmod(binary, options.executable === false ? 0o644 : 0o755);
  }
  return binary;
}

describe('findElectronBinary', () => {
  it('finds an installed, executable binary', async () => {
    const binary = await install({ binary: true });
    expect(findElectronBinary(root, {})).toBe(binary);
  });

  it('is null when the package never downloaded its binary (no path.txt)', () => {
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('is null when path.txt names a binary that is not there', async () => {
    await install({ binary: false });
    expect(findElectronBinary(root, {})).toBeNull();
  });

  it('is null when the package is not installed at all', () => {
    expect(findElectronBinary(join(root, 'elsewhere'), {})).toBeNull();
  });

  it('follows ELECTRON_OVERRIDE_DIST_PATH like the electron package does', async () => {
    await install({ binary: true });
    const override = join(root, 'custom');
    await mkdir(override);
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBeNull();
    await writeFile(join(override, 'electron'), '');
    await chmod(join(override, 'electron'), 0o755);
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toBe(join(override, 'electron'));
  });
});
