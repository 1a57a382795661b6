import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../../node/files/read-chosen-file';
import type { ReadFileSystem, ReadHandle } from '../../../../node/files/read-file';
import { tempFolder } from '../../../support/temp-folder';

let folder: string;
beforeEach(async () => {
  folder = tempFolder('read');
});

/** A file system whose handle reports `size` but must never be read (proves the stat comes first). */
function unreadableFs(size: number): ReadFileSystem & { reads: number; closed: number } {
  const fs = {
    reads: 0,
    closed: 0,
    open: async (): Promise<ReadHandle> => ({
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size }),
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

describe('readChosenFile', () => {
  it('returns the base name (never the path) and the exact bytes', async () => {
    const path = join(folder, 'serverAll.tsv');
    await writeFile(path, Uint8Array.of(0x82, 0xa0, 9, 10));
    const result = await readChosenFile(path);
    expect(result).toEqual({ ok: true, value: { name: 'serverAll.tsv', bytes: Uint8Array.of(0x82, 0xa0, 9, 10) } });
  });

  it('reads an empty file as zero bytes', async () => {
    const path = join(folder, 'empty.tsv');
    await writeFile(path, '');
    const result = await readChosenFile(path);
    expect(result.ok && result.value.bytes.length).toBe(0);
  });

  it('accepts a file of exactly the limit', async () => {
    const path = join(folder, 'limit.tsv');
    await writeFile(path, new Uint8Array(100));
    expect((await readChosenFile(path, { maxBytes: 100 })).ok).toBe(true);
  });

  it('refuses a file over the limit with file-too-large, from its size, before reading it', async () => {
    const fs = unreadableFs(600 * 1024 * 1024);
    const result = await readChosenFile('/somewhere/huge.tsv', { fs });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('file-too-large');
      expect(result.error.message.en).toContain('huge.tsv');
    }
    expect(fs.reads).toBe(0);
    expect(fs.closed).toBe(1);
  });

  it('reports a missing file as not-found', async () => {
    const result = await readChosenFile(join(folder, 'gone.tsv'));
    expect(!result.ok && result.error.code).toBe('not-found');
  });

  it('refuses a folder with read-failed', async () => {
    const sub = join(folder, 'a-folder.tsv');
    await mkdir(sub);
    const result = await readChosenFile(sub);
    expect(!result.ok && result.error.code).toBe('read-failed');
  });

  it.skipIf(process.platform === 'win32')('refuses a device with read-failed saying it is not a regular file', async () => {
    const result = await readChosenFile('/dev/null');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('read-failed');
      expect(result.error.message.en).toContain('"null"');
      expect(result.error.message.en).toContain('not a regular file');
    }
  });

  it('reports a permission error as read-failed with the reason', async () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const result = await readChosenFile('/x/secret.tsv', { fs: { open: async () => Promise.reject(denied) } });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('read-failed');
      expect(result.error.message.en).toContain('permission denied');
    }
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
    const result = await readChosenFile('/x/shrinking.tsv', { fs });
    expect(result.ok && [...result.value.bytes]).toEqual([1, 2, 3]);
  });
});
