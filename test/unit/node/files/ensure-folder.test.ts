import { stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { ensureFolder } from '../../../../node/files/ensure-folder';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('folder');
  await writeFile(join(folder, 'taken'), 'x');
});

describe('ensureFolder', () => {
  const table = [
    { name: 'resolves an existing folder', input: '.', want: 'ok' },
    { name: 'creates a missing folder with its parents', input: 'certs/2026', want: 'ok' },
    { name: 'refuses a path that is a file', input: 'taken', want: 'not-a-folder' },
    { name: 'refuses a path below a file', input: 'taken/certs', want: 'not-a-folder' },
  ];
  it.each(table)('$name', async ({ input, want }) => {
    const path = join(folder, input);
    const result = await ensureFolder(path);
    expect(result.ok ? 'ok' : result.error.code).toBe(want);
    if (result.ok) {
      expect(result.value).toBe(path);
      expect((await stat(path)).isDirectory()).toBe(true);
    } else {
      expect(result.error).toEqual({ code: 'not-a-folder', file: path });
    }
  });
});
