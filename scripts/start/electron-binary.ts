import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The Electron executable that `npm ci` downloaded, or null when there is none. Reads what the
 * electron package itself reads (node_modules/electron/path.txt, ELECTRON_OVERRIDE_DIST_PATH) but
 * never calls require('electron'), which would try to download the binary.
 */
export function findElectronBinary(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  let relativePath: string;
  try {
    relativePath = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  if (relativePath === '') return null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const executable = override !== undefined && override !== '' ? join(override, relativePath) : join(packageDir, 'dist', relativePath);
  try {
    if (!statSync(executable).isFile()) return null;
    accessSync(executable, constants.X_OK);
    return executable;
  } catch {
    return null;
  }
}
