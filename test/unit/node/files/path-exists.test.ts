import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { pathExists } from '../../../../node/files/path-exists';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('exists');
});

describe('pathExists', () => {
  it('is true for a file and a folder, false for nothing', async () => {
    await writeFile(join(folder, 'a.crt'), 'x');
    await mkdir(join(folder, 'sub'));
    expect([await pathExists(join(folder, 'a.crt')), await pathExists(join(folder, 'sub')), await pathExists(join(folder, 'none'))]).toEqual([true, true, false]);
  });

  it.skipIf(process.platform === 'win32')('is true for a dangling symbolic link (a writer must not replace it)', async () => {
    await symlink(join(folder, 'nowhere'), join(folder, 'dangling.crt'));
    expect(await pathExists(join(folder, 'dangling.crt'))).toBe(true);
  });

  it('takes a path it cannot check as taken', async () => {
    const denied = { lstat: async () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) };
    expect(await pathExists('/x/a.crt', denied)).toBe(true);
  });
});
