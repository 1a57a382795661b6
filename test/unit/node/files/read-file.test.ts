import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readFileLimited, type ReadFileSystem, type ReadHandle } from '../../../../node/files/read-file';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('read');
});

/** A system error as Node raises it. */
const systemError = (code: string): Error => Object.assign(new Error(code), { code });

/** A file system whose one handle reports `stats` and counts reads and closes (proves the fstat comes first). */
function fakeFs(stats: { isFile: boolean; isDirectory?: boolean; size: number }): ReadFileSystem & { reads: number; closed: number } {
  const fs = {
    reads: 0,
    closed: 0,
    open: async (): Promise<ReadHandle> => ({
      stat: async () => ({ isFile: () => stats.isFile, isDirectory: () => stats.isDirectory ?? false, size: stats.size }),
      read: async () => {
        fs.reads++;
        return { bytesRead: 0 };
      },
      close: async () => {
        fs.closed++;
      },
    }),
  };
  return fs;
}

/** Makes a sparse file of `size` bytes: its length is real, it takes no disk space. */
async function sparseFile(name: string, size: number): Promise<string> {
  const path = join(folder, name);
  await writeFile(path, '');
  await truncate(path, size);
  return path;
}

describe('readFileLimited', () => {
  it('reads the exact bytes of a regular file', async () => {
    const path = join(folder, 'serverAll.tsv');
    await writeFile(path, Uint8Array.of(0x82, 0xa0, 9, 10));
    expect(await readFileLimited(path, { maxBytes: 100 })).toEqual({ ok: true, value: Uint8Array.of(0x82, 0xa0, 9, 10) });
  });

  it('reads an empty file as zero bytes', async () => {
    const path = join(folder, 'empty.pem');
    await writeFile(path, '');
    const read = await readFileLimited(path, { maxBytes: 0 });
    expect(read.ok && read.value.length).toBe(0);
  });

  const limits = [
    { name: 'a file one byte under the limit is read', input: 1023, want: 'read' },
    { name: 'a file of exactly the limit is read', input: 1024, want: 'read' },
    { name: 'a file one byte over the limit is too-large', input: 1025, want: 'too-large' },
  ];
  it.each(limits)('$name', async ({ input, want }) => {
    const path = await sparseFile('sized.tsv', input);
    const read = await readFileLimited(path, { maxBytes: 1024 });
    expect(read.ok ? 'read' : read.error.code).toBe(want);
    if (!read.ok) expect(read.error).toEqual({ code: 'too-large', file: path, size: input, limit: 1024 });
  });

  it('refuses a file over the limit from fstat, before reading a byte, and closes it', async () => {
    const fs = fakeFs({ isFile: true, size: 600 * 1024 * 1024 });
    const read = await readFileLimited('/somewhere/huge.tsv', { maxBytes: 512 * 1024 * 1024, fs });
    expect(read).toEqual({ ok: false, error: { code: 'too-large', file: '/somewhere/huge.tsv', size: 600 * 1024 * 1024, limit: 512 * 1024 * 1024 } });
    expect([fs.reads, fs.closed]).toEqual([0, 1]);
  });

  const refusals = [
    { name: 'a folder is is-a-folder', input: { isFile: false, isDirectory: true, size: 4096 }, want: 'is-a-folder' },
    { name: 'a FIFO, device or socket is not-a-regular-file', input: { isFile: false, size: 0 }, want: 'not-a-regular-file' },
  ];
  it.each(refusals)('$name, judged from fstat without reading', async ({ input, want }) => {
    const fs = fakeFs(input);
    const read = await readFileLimited('/x/thing', { maxBytes: 1024, fs });
    expect(!read.ok && read.error.code).toBe(want);
    expect([fs.reads, fs.closed]).toEqual([0, 1]);
  });

  const pathRefusals = [
    { name: 'a FIFO is refused from stat before it is opened (opening one waits for a writer)', input: { isFile: false, isDirectory: false }, want: 'not-a-regular-file' },
    { name: 'a device is refused from stat before it is opened, not called a folder', input: { isFile: false, isDirectory: false }, want: 'not-a-regular-file' },
    { name: 'a folder is refused from stat before it is opened', input: { isFile: false, isDirectory: true }, want: 'is-a-folder' },
  ];
  it.each(pathRefusals)('$name', async ({ input, want }) => {
    let opens = 0;
    const fs: ReadFileSystem = {
      stat: async () => ({ isFile: () => input.isFile, isDirectory: () => input.isDirectory }),
      open: async () => {
        opens++;
        throw systemError('EIO');
      },
    };
    const read = await readFileLimited('/x/thing.tsv', { maxBytes: 1024, fs });
    expect([read.ok ? 'read' : read.error.code, opens]).toEqual([want, 0]);
  });

  it('lets open say why when stat itself fails', async () => {
    const fs: ReadFileSystem = { stat: async () => Promise.reject(systemError('ENOENT')), open: async () => Promise.reject(systemError('ENOENT')) };
    expect(await readFileLimited('/x/a.tsv', { maxBytes: 1024, fs })).toEqual({ ok: false, error: { code: 'not-found', file: '/x/a.tsv' } });
  });

  it('still judges the opened file by fstat when stat said it was regular (a swap between the two is caught)', async () => {
    const fs = { ...fakeFs({ isFile: false, size: 0 }), stat: async () => ({ isFile: () => true, isDirectory: () => false }) };
    const read = await readFileLimited('/x/swapped.tsv', { maxBytes: 1024, fs });
    expect(!read.ok && read.error.code).toBe('not-a-regular-file');
  });

  it('refuses a real folder', async () => {
    const sub = join(folder, 'a-folder.tsv');
    await mkdir(sub);
    expect(await readFileLimited(sub, { maxBytes: 1024 })).toEqual({ ok: false, error: { code: 'is-a-folder', file: sub } });
  });

  it.skipIf(process.platform === 'win32' || !existsSync('/dev/zero'))('refuses /dev/zero (endless) without reading it', async () => {
    expect(await readFileLimited('/dev/zero', { maxBytes: 1024 })).toEqual({ ok: false, error: { code: 'not-a-regular-file', file: '/dev/zero' } });
  });

  it.skipIf(process.platform === 'win32')('refuses a named pipe at once, without waiting for a writer', async () => {
    const fifo = join(folder, 'pipe.pem');
    execFileSync('mkfifo', [fifo]);
    expect(await readFileLimited(fifo, { maxBytes: 1024 })).toEqual({ ok: false, error: { code: 'not-a-regular-file', file: fifo } });
  });

  const openFailures = [
    { name: 'a missing file is not-found', input: 'ENOENT', want: { code: 'not-found', file: '/x/a.tsv' } },
    { name: 'EACCES is permission-denied', input: 'EACCES', want: { code: 'permission-denied', file: '/x/a.tsv' } },
    { name: 'EPERM is permission-denied', input: 'EPERM', want: { code: 'permission-denied', file: '/x/a.tsv' } },
    { name: 'EISDIR (Windows opening a folder) is is-a-folder', input: 'EISDIR', want: { code: 'is-a-folder', file: '/x/a.tsv' } },
    { name: 'EBUSY is read-failed, busy', input: 'EBUSY', want: { code: 'read-failed', file: '/x/a.tsv', cause: 'busy', errno: 'EBUSY' } },
    { name: 'EIO is read-failed, other', input: 'EIO', want: { code: 'read-failed', file: '/x/a.tsv', cause: 'other', errno: 'EIO' } },
  ];
  it.each(openFailures)('$name', async ({ input, want }) => {
    const fs: ReadFileSystem = { open: async () => Promise.reject(systemError(input)) };
    expect(await readFileLimited('/x/a.tsv', { maxBytes: 1024, fs })).toEqual({ ok: false, error: want });
  });

  it('reports a missing file on disk as not-found', async () => {
    const path = join(folder, 'gone.tsv');
    expect(await readFileLimited(path, { maxBytes: 1024 })).toEqual({ ok: false, error: { code: 'not-found', file: path } });
  });

  it('keeps only the bytes that were there when a file shrinks while being read', async () => {
    const fs: ReadFileSystem = {
      open: async () => ({
        stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 10 }),
        read: async (buffer, offset) => {
          if (offset > 0) return { bytesRead: 0 };
          buffer.set([1, 2, 3], 0);
          return { bytesRead: 3 };
        },
        close: async () => undefined,
      }),
    };
    const read = await readFileLimited('/x/shrinking.tsv', { maxBytes: 1024, fs });
    expect(read.ok && [...read.value]).toEqual([1, 2, 3]);
  });

  it('reports a read that fails half-way as read-failed and still closes the file', async () => {
    let closed = 0;
    const fs: ReadFileSystem = {
      open: async () => ({
        stat: async () => ({ isFile: () => true, isDirectory: () => false, size: 10 }),
        read: async () => Promise.reject(systemError('EIO')),
        close: async () => void closed++,
      }),
    };
    expect(await readFileLimited('/x/a.crl', { maxBytes: 1024, fs })).toEqual({ ok: false, error: { code: 'read-failed', file: '/x/a.crl', cause: 'other', errno: 'EIO' } });
    expect(closed).toBe(1);
  });
});
