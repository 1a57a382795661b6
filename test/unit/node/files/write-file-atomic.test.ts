import { chmod, link, lstat, open, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../node/files/write-file-atomic';
import type { WriteFileSystem, WriteHandle } from '../../../../node/files/write-file-system';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('write');
});
afterEach(async () => {
  await chmod(folder, 0o755).catch(() => undefined);
});

const bytes = new TextEncoder().encode('-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');

/** The real file system with one step replaced. */
function fsWith(overrides: Partial<WriteFileSystem>): WriteFileSystem {
  return { open, rename, link, unlink, lstat, ...overrides };
}

/** A system error as Node raises it. */
const systemError = (code: string): Error => Object.assign(new Error(code), { code });

describe('writeFileAtomic', () => {
  it('writes the bytes to a new file and leaves no temp file', async () => {
    const target = join(folder, 'www.example.ac.jp.crt');
    expect(await writeFileAtomic(target, bytes, { overwrite: false })).toEqual({ ok: true, value: null });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['www.example.ac.jp.crt']);
  });

  it('refuses an existing target without overwrite and leaves it untouched', async () => {
    const target = join(folder, 'www.example.ac.jp.crt');
    await writeFile(target, 'old');
    expect(await writeFileAtomic(target, bytes, { overwrite: false })).toEqual({ ok: false, error: { code: 'exists', file: target } });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['www.example.ac.jp.crt']);
  });

  it('replaces an existing target with overwrite', async () => {
    const target = join(folder, 'a.crt');
    await writeFile(target, 'old');
    expect((await writeFileAtomic(target, bytes, { overwrite: true })).ok).toBe(true);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['a.crt']);
  });

  it('never replaces a target that appears between the check and the move (link refuses with EEXIST)', async () => {
    const target = join(folder, 'race.crt');
    const fs = fsWith({
      link: async (existing, newPath) => {
        await writeFile(newPath, 'someone else');
        return link(existing, newPath);
      },
    });
    expect(await writeFileAtomic(target, bytes, { overwrite: false, fs })).toEqual({ ok: false, error: { code: 'exists', file: target } });
    expect(await readFile(target, 'utf8')).toBe('someone else');
    expect(await readdir(folder)).toEqual(['race.crt']);
  });

  it('falls back to rename on a file system without hard links', async () => {
    const target = join(folder, 'fat32.crt');
    const fs = fsWith({ link: async () => Promise.reject(systemError('EPERM')) });
    expect((await writeFileAtomic(target, bytes, { overwrite: false, fs })).ok).toBe(true);
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(folder)).toEqual(['fat32.crt']);
  });

  const failures: readonly { name: string; input: Partial<WriteFileSystem>; want: { cause: string; errno: string } }[] = [
    {
      name: 'a write that fails half-way (disk full) leaves no temp file and no target',
      input: {
        open: async (path, flags, mode): Promise<WriteHandle> => {
          const handle = await open(path, flags, mode);
          return {
            writeFile: async (data) => {
              await handle.writeFile(data.subarray(0, 5));
              throw systemError('ENOSPC');
            },
            sync: () => handle.sync(),
            close: () => handle.close(),
          };
        },
      },
      want: { cause: 'no-space', errno: 'ENOSPC' },
    },
    {
      name: 'a failing fsync leaves no temp file and no target',
      input: {
        open: async (path, flags, mode): Promise<WriteHandle> => {
          const handle = await open(path, flags, mode);
          return { writeFile: (data) => handle.writeFile(data), sync: async () => Promise.reject(systemError('EIO')), close: () => handle.close() };
        },
      },
      want: { cause: 'other', errno: 'EIO' },
    },
    { name: 'a failing final link and rename leaves no temp file and no target', input: { link: async () => Promise.reject(systemError('EPERM')), rename: async () => Promise.reject(systemError('EACCES')) }, want: { cause: 'permission', errno: 'EACCES' } },
    { name: 'a read-only folder (temp file cannot be created) is write-failed read-only', input: { open: async () => Promise.reject(systemError('EROFS')) }, want: { cause: 'read-only', errno: 'EROFS' } },
  ];

  it.each(failures)('$name', async ({ input, want }) => {
    const target = join(folder, 'www.example.ac.jp.crt');
    const result = await writeFileAtomic(target, bytes, { overwrite: false, fs: fsWith(input) });
    expect(result).toEqual({ ok: false, error: { code: 'write-failed', file: target, ...want } });
    expect(await readdir(folder)).toEqual([]);
  });

  it('keeps the old content when an overwrite fails half-way', async () => {
    const target = join(folder, 'a.crt');
    await writeFile(target, 'old');
    const fs = fsWith({ rename: async () => Promise.reject(systemError('EBUSY')) });
    expect(await writeFileAtomic(target, bytes, { overwrite: true, fs })).toEqual({ ok: false, error: { code: 'write-failed', file: target, cause: 'busy', errno: 'EBUSY' } });
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(folder)).toEqual(['a.crt']);
  });

  it('reports a folder that does not exist as write-failed, missing', async () => {
    const target = join(folder, 'missing', 'a.crt');
    expect(await writeFileAtomic(target, bytes, { overwrite: false })).toEqual({ ok: false, error: { code: 'write-failed', file: target, cause: 'missing', errno: 'ENOENT' } });
  });

  it('reports a folder it may not write into as write-failed, permission', async () => {
    const target = join(folder, 'a.crt');
    const fs = fsWith({ open: async () => Promise.reject(systemError('EACCES')) });
    expect(await writeFileAtomic(target, bytes, { overwrite: false, fs })).toEqual({ ok: false, error: { code: 'write-failed', file: target, cause: 'permission', errno: 'EACCES' } });
  });

  it('removes the temporary file when the target turns out to exist at the link (no-overwrite race)', async () => {
    const target = join(folder, 'late.crt');
    const fs = fsWith({ link: async () => Promise.reject(systemError('EEXIST')) });
    expect(await writeFileAtomic(target, bytes, { overwrite: false, fs })).toEqual({ ok: false, error: { code: 'exists', file: target } });
    expect(await readdir(folder)).toEqual([]);
  });
});
