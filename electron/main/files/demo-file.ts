import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** The file name of the bundled demo list. */
export const DEMO_FILE_NAME = 'serverAll.tsv';

/** Where the app runs from, as far as finding the demo file is concerned. */
export interface DemoFileLocation {
  readonly isPackaged: boolean;
  /** process.resourcesPath: packaged apps get demo/serverAll.tsv there (forge extraResource). */
  readonly resourcesPath: string;
  /** app.getAppPath(): the project folder under `electron-forge start`. */
  readonly appPath: string;
  /** The folder of the main bundle (…/.vite/build), two levels below the project. */
  readonly mainDir: string;
  readonly cwd: string;
}

/** The places the demo file may be, in order of preference. */
export function demoFileCandidates(location: DemoFileLocation): string[] {
  if (location.isPackaged) return [join(location.resourcesPath, DEMO_FILE_NAME)];
  return [
    join(location.appPath, 'demo', DEMO_FILE_NAME),
    resolve(location.mainDir, '..', '..', 'demo', DEMO_FILE_NAME),
    join(location.cwd, 'demo', DEMO_FILE_NAME),
  ];
}

/** The first candidate that exists, or the first candidate (whose read then reports not-found). */
export async function findDemoFile(location: DemoFileLocation): Promise<string> {
  const candidates = demoFileCandidates(location);
  for (const candidate of candidates) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next place
    }
  }
  return candidates[0] ?? DEMO_FILE_NAME;
}
