import { mkdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { isWebBuildStale, modificationTimeOf, newestModificationTime, webBuildInputs } from '../../../../scripts/start/web-build';
import { tempFolder } from '../../../support/temp-folder';

let root: string;
beforeEach(async () => {
  root = tempFolder('web-build');
});

/** Writes a file with a fixed modification time (seconds since the epoch). */
async function fileAt(path: string, seconds: number): Promise<void> {
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, 'x');
  await utimes(path, seconds, seconds);
}

describe('web build staleness', () => {
  const table = [
    { name: 'a missing build is stale', input: { builtAt: null, newest: 0 }, want: true },
    { name: 'a build older than a source is stale', input: { builtAt: 1000, newest: 2000 }, want: true },
    { name: 'a build newer than every source is fresh', input: { builtAt: 3000, newest: 2000 }, want: false },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(isWebBuildStale(input.builtAt, input.newest)).toBe(want);
  });

  it('finds the newest file under the renderer and shared sources, ignoring node_modules', async () => {
    await fileAt(join(root, 'renderer', 'app', 'a.tsx'), 1000);
    await fileAt(join(root, 'shared', 'tsv', 'b.ts'), 3000);
    await fileAt(join(root, 'renderer', 'node_modules', 'c.js'), 9000);
    expect(newestModificationTime(webBuildInputs(root))).toBe(3_000_000);
  });

  it('counts the demo file and the build config as inputs', () => {
    expect(webBuildInputs('/p')).toEqual(expect.arrayContaining([join('/p', 'demo/serverAll.tsv'), join('/p', 'vite.config.ts')]));
  });

  it('gives null for the time of a missing file', () => {
    expect(modificationTimeOf(join(root, 'none'))).toBeNull();
  });
});
