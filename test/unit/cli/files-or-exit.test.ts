import { chmod, mkdir, readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CliError } from '../../../cli/cli-error';
import { ensureOutputFolder, fileErrorText, pathInFolder, readInputFile, refuseExisting, writeCheckedOutputFile, writeOutputFile } from '../../../cli/files-or-exit';
import type { FileError } from '../../../node/files/file-error';
import { tempFolder } from '../../support/temp-folder';

let dir: string;
beforeEach(async () => {
  dir = tempFolder('cli-files');
});
afterEach(async () => {
  await chmod(dir, 0o755).catch(() => undefined);
});

/** The exit code and messages of the CliError `action` throws or rejects with. */
async function failure(action: () => unknown): Promise<{ exitCode: number; en: string; ja: string }> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, en: error.text.en, ja: error.text.ja };
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('fileErrorText', () => {
  const MiB = 1024 * 1024;
  const table: { name: string; input: FileError; want: { ja: string; en: string } }[] = [
    { name: 'not-found', input: { code: 'not-found', file: '/abs/a.pem' }, want: { ja: 'ファイルが見つかりません: a.pem', en: 'file not found: a.pem' } },
    { name: 'permission-denied', input: { code: 'permission-denied', file: '/abs/a.pem' }, want: { ja: 'ファイルを読む権限がありません: a.pem', en: 'permission denied: a.pem' } },
    { name: 'is-a-folder', input: { code: 'is-a-folder', file: '/abs/a.pem' }, want: { ja: 'フォルダーです（ファイルを指定してください）: a.pem', en: 'is a folder, not a file: a.pem' } },
    { name: 'not-a-regular-file', input: { code: 'not-a-regular-file', file: '/abs/a.pem' }, want: { ja: '通常のファイルではありません（デバイスやパイプなど）: a.pem', en: 'not a regular file (a device or a pipe): a.pem' } },
    {
      name: 'too-large, with both sizes in whole MB (the size rounded up)',
      input: { code: 'too-large', file: '/abs/a.pem', size: 16 * MiB + 1, limit: 16 * MiB },
      want: { ja: 'ファイルが大きすぎます（17 MB、上限 16 MB）: a.pem', en: 'file too large (17 MB, limit 16 MB): a.pem' },
    },
    { name: 'read-failed, with the errno', input: { code: 'read-failed', file: '/abs/a.pem', cause: 'other', errno: 'EIO' }, want: { ja: 'ファイルを読めません: a.pem (EIO)', en: 'cannot read a.pem (EIO)' } },
    { name: 'exists, pointing at --force', input: { code: 'exists', file: '/abs/a.pem' }, want: { ja: 'ファイルが既にあります（上書きするには --force を付けてください）: a.pem', en: 'file already exists (add --force to overwrite): a.pem' } },
    { name: 'write-failed, with the errno', input: { code: 'write-failed', file: '/abs/a.pem', cause: 'no-space', errno: 'ENOSPC' }, want: { ja: 'ファイルを書き込めません: a.pem (ENOSPC)', en: 'cannot write a.pem (ENOSPC)' } },
    { name: 'not-a-folder', input: { code: 'not-a-folder', file: '/abs/a.pem' }, want: { ja: '書き出し先のフォルダーを用意できません: a.pem', en: 'cannot use or create the output folder: a.pem' } },
  ];
  it.each(table)('words $name in both languages, naming the file as typed', ({ input, want }) => {
    expect(fileErrorText(input, 'a.pem')).toEqual(want);
  });
});

describe('readInputFile', () => {
  it('reads a whole file relative to the working folder', async () => {
    await writeFile(join(dir, 'a.tsv'), 'abc');
    expect(new TextDecoder().decode(await readInputFile('a.tsv', dir, 1024))).toBe('abc');
  });

  // Sparse files: their length is real, they take no disk space.
  const LIMIT = 2 * 1024 * 1024;
  const limits = [
    { name: 'one byte under the limit is read', input: LIMIT - 1, want: 'read' },
    { name: 'exactly the limit is read', input: LIMIT, want: 'read' },
    { name: 'one byte over the limit exits 1 naming the file and the limit', input: LIMIT + 1, want: 'file too large (3 MB, limit 2 MB): big.tsv' },
  ];
  it.each(limits)('$name', async ({ input, want }) => {
    await writeFile(join(dir, 'big.tsv'), '');
    await truncate(join(dir, 'big.tsv'), input);
    if (want === 'read') expect((await readInputFile('big.tsv', dir, LIMIT)).length).toBe(input);
    else expect(await failure(() => readInputFile('big.tsv', dir, LIMIT))).toMatchObject({ exitCode: 1, en: want });
  });

  it('names a missing file and a folder', async () => {
    expect((await failure(() => readInputFile('nope.tsv', dir, 1024))).en).toBe('file not found: nope.tsv');
    expect((await failure(() => readInputFile('.', dir, 1024))).en).toBe('is a folder, not a file: .');
  });
});

describe('pathInFolder', () => {
  it('returns the path of a plain name and refuses one that leaves the folder with exit 1', async () => {
    expect(pathInFolder(dir, 'a.crt')).toBe(join(dir, 'a.crt'));
    expect(await failure(() => pathInFolder(dir, '../x.crt'))).toMatchObject({ exitCode: 1, en: 'refusing a file name that leaves the folder: ../x.crt' });
  });
});

describe('ensureOutputFolder', () => {
  it('resolves an existing folder and creates a missing one with its parents', async () => {
    expect(await ensureOutputFolder('.', dir)).toBe(resolve(dir));
    const made = await ensureOutputFolder('certs/2026', dir);
    expect(made).toBe(resolve(dir, 'certs/2026'));
    expect((await stat(made)).isDirectory()).toBe(true);
  });

  it('refuses a path that is a file, with exit 1', async () => {
    await writeFile(join(dir, 'taken'), 'x');
    expect(await failure(() => ensureOutputFolder('taken', dir))).toMatchObject({ exitCode: 1, en: 'cannot use or create the output folder: taken' });
  });
});

describe('refuseExisting and writeOutputFile', () => {
  it('writes the bytes and leaves no temporary file behind', async () => {
    await writeOutputFile(join(dir, 'a.crt'), new TextEncoder().encode('hello'), false);
    expect(await readFile(join(dir, 'a.crt'), 'utf8')).toBe('hello');
    expect(await readdir(dir)).toEqual(['a.crt']);
  });

  it('refuses an existing file without --force (both before writing and at the write), leaving it as it was', async () => {
    const target = join(dir, 'a.crt');
    await writeFile(target, 'old');
    const message = `file already exists (add --force to overwrite): ${target}`;
    expect(await failure(() => refuseExisting(target, false))).toMatchObject({ exitCode: 1, en: message });
    expect(await failure(() => writeOutputFile(target, new Uint8Array([1]), false))).toMatchObject({ exitCode: 1, en: message });
    await refuseExisting(target, true);
    expect(await readFile(target, 'utf8')).toBe('old');
    expect(await readdir(dir)).toEqual(['a.crt']);
  });

  it('replaces an existing file with --force', async () => {
    await writeFile(join(dir, 'a.crt'), 'old');
    await writeOutputFile(join(dir, 'a.crt'), new TextEncoder().encode('new'), true);
    expect(await readFile(join(dir, 'a.crt'), 'utf8')).toBe('new');
  });

  it('exits 1 naming the file and the errno when the folder is missing', async () => {
    const target = join(dir, 'missing', 'a.crt');
    expect(await failure(() => writeOutputFile(target, new Uint8Array([1]), false))).toMatchObject({ exitCode: 1, en: `cannot write ${target} (ENOENT)` });
  });
});

describe('writeCheckedOutputFile', () => {
  const bytes = new TextEncoder().encode('chain');

  it('puts the file in place when the check of the bytes read back passes', async () => {
    let seen = '';
    await writeCheckedOutputFile(join(dir, 'a.chain.crt'), bytes, false, async (written) => {
      seen = new TextDecoder().decode(written);
      return null;
    });
    expect(seen).toBe('chain');
    expect(await readdir(dir)).toEqual(['a.chain.crt']);
  });

  it("exits 1 with the check's own message and leaves nothing behind when the check fails", async () => {
    const failed = await failure(() => writeCheckedOutputFile(join(dir, 'a.chain.crt'), bytes, false, async () => ({ ja: '不正', en: 'bad order' })));
    expect(failed).toEqual({ exitCode: 1, en: 'bad order', ja: '不正' });
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses an existing file without --force before checking anything', async () => {
    await mkdir(join(dir, 'a.chain.crt'));
    let checked = false;
    const failed = await failure(() =>
      writeCheckedOutputFile(join(dir, 'a.chain.crt'), bytes, false, async () => {
        checked = true;
        return null;
      }),
    );
    expect([failed.en, checked]).toEqual([expect.stringMatching(/already exists/), false]);
  });
});
