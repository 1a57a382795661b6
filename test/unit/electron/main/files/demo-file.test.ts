import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { demoFileCandidates, findDemoFile } from '../../../../../electron/main/files/demo-file';
import { tempFolder } from '../../../../support/temp-folder';

let root: string;
beforeEach(async () => {
  root = tempFolder('demo');
});

describe('demo file location', () => {
  it('is in resources when packaged', () => {
    expect(demoFileCandidates({ isPackaged: true, resourcesPath: '/opt/app/resources', appPath: '/ignored', mainDir: '/ignored', cwd: '/ignored' })).toEqual([
      '/opt/app/resources/serverAll.tsv',
    ]);
  });

  it('is in the project demo folder when unpackaged, found from the app path, the bundle or the working folder', () => {
    expect(demoFileCandidates({ isPackaged: false, resourcesPath: '/r', appPath: '/project', mainDir: '/project/.vite/build', cwd: '/cwd' })).toEqual([
      '/project/demo/serverAll.tsv',
      '/project/demo/serverAll.tsv',
      '/cwd/demo/serverAll.tsv',
    ]);
  });

  it('finds the first candidate that exists', async () => {
    await mkdir(join(root, 'demo'));
    await writeFile(join(root, 'demo', 'serverAll.tsv'), 'x');
    const found = await findDemoFile({ isPackaged: false, resourcesPath: '/r', appPath: '/nowhere', mainDir: '/nowhere/.vite/build', cwd: root });
    expect(found).toBe(join(root, 'demo', 'serverAll.tsv'));
  });

  it('falls back to the first candidate when none exists (the read then says not-found)', async () => {
    const found = await findDemoFile({ isPackaged: true, resourcesPath: join(root, 'resources'), appPath: '', mainDir: '', cwd: '' });
    expect(found).toBe(join(root, 'resources', 'serverAll.tsv'));
  });
});
