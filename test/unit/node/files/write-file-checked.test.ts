import { link, lstat, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { writeFileChecked } from '../../../../node/files/write-file-checked';
import type { WriteFileSystem } from '../../../../node/files/write-file-system';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('checked');
});

const bytes = new TextEncoder().encode('chain');
const pass = async (): Promise<string | null> => null;

describe('writeFileChecked', () => {
  it('hands the check the bytes read back from disk, then puts the file in place', async () => {
    const target = join(folder, 'a.chain.crt');
    let seen = '';
    const result = await writeFileChecked(target, bytes, {
      overwrite: false,
      check: async (written) => {
        seen = new TextDecoder().decode(written);
        // The file is on disk under a temporary name while it is checked, never under its own.
        expect((await readdir(folder)).filter((name) => name === 'a.chain.crt')).toEqual([]);
        return null;
      },
    });
    expect(result).toEqual({ ok: true, value: null });
    expect(seen).toBe('chain');
    expect(await readdir(folder)).toEqual(['a.chain.crt']);
    expect(await readFile(target, 'utf8')).toBe('chain');
  });

  const cases = [
    { name: 'a failed check leaves nothing behind and returns the problem', input: { existing: null, overwrite: false }, want: { files: [] as string[], content: null } },
    { name: 'a failed check keeps an existing file, even with overwrite', input: { existing: 'old', overwrite: true }, want: { files: ['a.chain.crt'], content: 'old' } },
  ];
  it.each(cases)('$name', async ({ input, want }) => {
    const target = join(folder, 'a.chain.crt');
    if (input.existing !== null) await writeFile(target, input.existing);
    const result = await writeFileChecked(target, bytes, { overwrite: input.overwrite, check: async () => 'bad order' });
    expect(result).toEqual({ ok: false, error: { code: 'check-failed', file: target, problem: 'bad order' } });
    expect(await readdir(folder)).toEqual(want.files);
    if (want.content !== null) expect(await readFile(target, 'utf8')).toBe(want.content);
  });

  it('refuses an existing file without overwrite before writing or checking anything', async () => {
    const target = join(folder, 'a.chain.crt');
    await writeFile(target, 'old');
    let checked = false;
    const result = await writeFileChecked(target, bytes, {
      overwrite: false,
      check: async () => {
        checked = true;
        return null;
      },
    });
    expect([result, checked]).toEqual([{ ok: false, error: { code: 'exists', file: target } }, false]);
    expect(await readdir(folder)).toEqual(['a.chain.crt']);
  });

  it('replaces an existing file with overwrite once the check passes', async () => {
    const target = join(folder, 'a.chain.crt');
    await writeFile(target, 'old');
    expect((await writeFileChecked(target, bytes, { overwrite: true, check: pass })).ok).toBe(true);
    expect(await readFile(target, 'utf8')).toBe('chain');
    expect(await readdir(folder)).toEqual(['a.chain.crt']);
  });

  it('removes the temporary file and rethrows when the check throws', async () => {
    const target = join(folder, 'a.chain.crt');
    const thrown = new Error('check crashed');
    await expect(writeFileChecked(target, bytes, { overwrite: false, check: async () => Promise.reject(thrown) })).rejects.toBe(thrown);
    expect(await readdir(folder)).toEqual([]);
  });

  it('reports a temporary file that cannot be created as write-failed with its cause', async () => {
    const target = join(folder, 'a.chain.crt');
    const fs: WriteFileSystem = { open: async () => Promise.reject(Object.assign(new Error('EROFS'), { code: 'EROFS' })), rename, link, unlink, lstat };
    const result = await writeFileChecked(target, bytes, { overwrite: false, check: pass, fs });
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', file: target, cause: 'read-only', errno: 'EROFS' } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('removes the temporary file when placing it fails', async () => {
    const target = join(folder, 'a.chain.crt');
    const fs: WriteFileSystem = { open, rename, link: async () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })), unlink, lstat };
    const result = await writeFileChecked(target, bytes, { overwrite: false, check: pass, fs });
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', file: target, cause: 'other', errno: 'EIO' } });
    expect(await readdir(folder)).toEqual([]);
  });
});
