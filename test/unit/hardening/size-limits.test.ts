import { describe, expect, it } from 'vitest';
import { readChosenFile } from '../../../electron/main/files/read-chosen-file';
import type { ReadFileSystem } from '../../../node/files/read-file';
import { MAX_CERTIFICATE_FILE_BYTES, MAX_INPUT_FILE_BYTES, MAX_LIST_FILE_BYTES } from '../../../shared/model/limits';
import { readDomFiles } from '../../../renderer/host/dropped-files';
import { hasJapanese } from './support';

/** A DOM File stand-in of `size` bytes whose contents must never be read. */
function untouchableFile(name: string, size: number): File & { reads: number } {
  const file = {
    name,
    size,
    reads: 0,
    arrayBuffer: async () => {
      file.reads++;
      return new ArrayBuffer(0);
    },
  };
  return file as unknown as File & { reads: number };
}

/** A file system whose one file is `size` bytes and counts reads. */
function sizedFs(size: number): ReadFileSystem & { reads: number } {
  const fs = {
    reads: 0,
    open: async () => ({
      stat: async () => ({ isFile: () => true, isDirectory: () => false, size }),
      read: async () => {
        fs.reads++;
        return { bytesRead: 0 };
      },
      close: async () => undefined,
    }),
  };
  return fs;
}

const LIMIT_TEXT = `${MAX_INPUT_FILE_BYTES / (1024 * 1024)} MB`;

describe('the stated file size limits', () => {
  it('are one list limit of 512 MiB and a smaller certificate-file limit', () => {
    expect([MAX_LIST_FILE_BYTES, MAX_INPUT_FILE_BYTES]).toEqual([512 * 1024 * 1024, 512 * 1024 * 1024]);
    expect(MAX_CERTIFICATE_FILE_BYTES).toBeLessThan(MAX_LIST_FILE_BYTES);
  });

  it('the Electron reader refuses a file one byte over the limit without reading it, naming the limit in ja and en', async () => {
    const fs = sizedFs(MAX_INPUT_FILE_BYTES + 1);
    const result = await readChosenFile('/data/serverAll.tsv', { fs });
    expect(fs.reads).toBe(0);
    expect(result.ok ? 'read' : result.error.code).toBe('file-too-large');
    if (result.ok) return;
    expect(hasJapanese(result.error.message.ja) && result.error.message.ja.includes(LIMIT_TEXT)).toBe(true);
    expect(result.error.message.en).toContain(`the limit is ${LIMIT_TEXT}`);
  });

  it('the web host refuses a chosen or dropped file over the limit before File.arrayBuffer()', async () => {
    const small = untouchableFile('ok.pem', 10);
    const huge = untouchableFile('serverAll.tsv', MAX_INPUT_FILE_BYTES + 1);
    const result = await readDomFiles([small, huge]);
    expect([small.reads, huge.reads]).toEqual([0, 0]);
    expect(result.ok ? 'read' : result.error.code).toBe('file-too-large');
    if (!result.ok) expect(result.error.message.ja).toContain(LIMIT_TEXT);
  });

  it('the web host reads files at the limit or under', async () => {
    const file = untouchableFile('serverAll.tsv', 3);
    const result = await readDomFiles([file], 3);
    expect(file.reads).toBe(1);
    expect(result.ok && result.value.map((opened) => opened.name)).toEqual(['serverAll.tsv']);
  });
});
