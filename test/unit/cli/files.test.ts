import { closeSync, ftruncateSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../../cli/cli-error';
import { ensureOutputFolder, pathInsideFolder, readInputFile, writeFileAtomic, writeFileAtomicChecked } from '../../../cli/files';
import { tempFolder } from '../../support/temp-folder';

const newFolder = () => tempFolder('files');

/** The exit code and English message of a CliError thrown by `action`. */
function failure(action: () => unknown): { exitCode: number; message: string } {
  try {
    action();
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, message: error.text.en };
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('pathInsideFolder', () => {
  const folder = resolve(tmpdir(), 'out');
  const refused: { name: string; input: string }[] = [
    { name: 'a parent reference', input: '..' },
    { name: 'a climbing relative path', input: '../x.crt' },
    { name: 'a nested path', input: 'a/x.crt' },
    { name: 'an absolute path', input: '/etc/passwd' },
    { name: 'the folder itself', input: '.' },
    { name: 'an empty name', input: '' },
  ];
  for (const { name, input } of refused) it(`refuses ${name}`, () => expect(failure(() => pathInsideFolder(folder, input)).exitCode).toBe(1));

  it('accepts a plain file name and returns its absolute path in the folder', () => {
    expect(pathInsideFolder(folder, 'www.example.ac.jp.crt')).toBe(join(folder, 'www.example.ac.jp.crt'));
  });

  it('accepts a name that merely contains dots', () => {
    expect(pathInsideFolder(folder, '_._._tmp_x.crt')).toBe(join(folder, '_._._tmp_x.crt'));
  });
});

describe('writeFileAtomic', () => {
  it('writes the bytes and leaves no temporary file behind', () => {
    const dir = newFolder();
    writeFileAtomic(join(dir, 'a.crt'), new TextEncoder().encode('hello'), false);
    expect(readFileSync(join(dir, 'a.crt'), 'utf8')).toBe('hello');
    expect(readdirSync(dir)).toEqual(['a.crt']);
  });

  it('refuses to replace an existing file without overwrite, leaving it and no temporary file', () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'a.crt'), 'old');
    expect(failure(() => writeFileAtomic(join(dir, 'a.crt'), new Uint8Array([1]), false)).message).toMatch(/already exists/);
    expect(readFileSync(join(dir, 'a.crt'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.crt']);
  });

  it('replaces an existing file with overwrite', () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'a.crt'), 'old');
    writeFileAtomic(join(dir, 'a.crt'), new TextEncoder().encode('new'), true);
    expect(readFileSync(join(dir, 'a.crt'), 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.crt']);
  });

  it('fails with exit 1 when the folder is missing', () => {
    expect(failure(() => writeFileAtomic(join(newFolder(), 'missing', 'a.crt'), new Uint8Array([1]), false)).exitCode).toBe(1);
  });
});

/** The CliError `action` rejects with. */
async function asyncFailure(action: () => Promise<unknown>): Promise<{ exitCode: number; message: string }> {
  try {
    await action();
  } catch (error) {
    if (error instanceof CliError) return { exitCode: error.exitCode, message: error.text.en };
    throw error;
  }
  throw new Error('expected a CliError');
}

describe('writeFileAtomicChecked', () => {
  const bytes = new TextEncoder().encode('chain');

  it('hands the check the bytes read back from disk, then puts the file in place', async () => {
    const dir = newFolder();
    let seen = '';
    await writeFileAtomicChecked(join(dir, 'a.chain.crt'), bytes, false, async (written) => {
      seen = new TextDecoder().decode(written);
      return null;
    });
    expect(seen).toBe('chain');
    expect(readdirSync(dir)).toEqual(['a.chain.crt']);
  });

  it('leaves nothing behind and exits 1 with the check\'s message when the check fails', async () => {
    const dir = newFolder();
    const failed = await asyncFailure(() => writeFileAtomicChecked(join(dir, 'a.chain.crt'), bytes, false, async () => ({ ja: '不正', en: 'bad order' })));
    expect(failed).toEqual({ exitCode: 1, message: 'bad order' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps an existing file when the check of its replacement fails, even with overwrite', async () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'a.chain.crt'), 'old');
    await asyncFailure(() => writeFileAtomicChecked(join(dir, 'a.chain.crt'), bytes, true, async () => ({ ja: '不正', en: 'bad' })));
    expect(readFileSync(join(dir, 'a.chain.crt'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.chain.crt']);
  });

  it('refuses an existing file without overwrite before checking anything', async () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'a.chain.crt'), 'old');
    let checked = false;
    const failed = await asyncFailure(() =>
      writeFileAtomicChecked(join(dir, 'a.chain.crt'), bytes, false, async () => {
        checked = true;
        return null;
      }),
    );
    expect([failed.message, checked]).toEqual([expect.stringMatching(/already exists/), false]);
  });
});

describe('readInputFile', () => {
  it('reads a whole file', () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'a.tsv'), 'abc');
    expect(new TextDecoder().decode(readInputFile('a.tsv', dir))).toBe('abc');
  });

  it('refuses a file over the limit before reading it', () => {
    const dir = newFolder();
    const fd = openSync(join(dir, 'big.tsv'), 'w');
    ftruncateSync(fd, 2048);
    closeSync(fd);
    expect(failure(() => readInputFile('big.tsv', dir, 1024)).message).toMatch(/too large/);
  });

  it('names a missing file and a folder', () => {
    const dir = newFolder();
    expect(failure(() => readInputFile('nope.tsv', dir)).message).toBe('file not found: nope.tsv');
    expect(failure(() => readInputFile('.', dir)).message).toMatch(/folder/);
  });
});

describe('ensureOutputFolder', () => {
  it('resolves an existing folder', () => {
    const dir = newFolder();
    expect(ensureOutputFolder('.', dir)).toBe(resolve(dir));
  });

  it('creates a missing folder with its parents', () => {
    const dir = newFolder();
    const made = ensureOutputFolder('certs/2026', dir);
    expect(made).toBe(resolve(dir, 'certs/2026'));
    expect(statSync(made).isDirectory()).toBe(true);
  });

  it('refuses a path that is a file, with exit 1', () => {
    const dir = newFolder();
    writeFileSync(join(dir, 'taken'), 'x');
    expect(failure(() => ensureOutputFolder('taken', dir)).exitCode).toBe(1);
  });
});
