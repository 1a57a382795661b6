import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { sanitizeExportName } from '../../../../../electron/main/files/export-file-name';
import { saveFilesToFolder } from '../../../../../electron/main/files/save-files-to-folder';
import { err } from '../../../../../shared/model/result';
import { tempFolder } from '../../../../support/temp-folder';

let root: string;
let folder: string;
beforeEach(async () => {
  root = tempFolder('folder');
  folder = join(root, 'export');
  await import('node:fs/promises').then((fs) => fs.mkdir(folder));
});

const text = (value: string): Uint8Array => new TextEncoder().encode(value);
const identity = (name: string): string => name;

describe('saveFilesToFolder', () => {
  it('writes every file under its sanitised name and reports them written', async () => {
    const report = await saveFilesToFolder(
      folder,
      [
        { name: 'www.example.ac.jp.crt', bytes: text('A') },
        { name: 'mail<1>.example.ac.jp.crt', bytes: text('B') },
      ],
      { overwrite: false, sanitizeName: sanitizeExportName },
    );
    expect(report.written).toEqual(['www.example.ac.jp.crt', 'mail_1_.example.ac.jp.crt']);
    expect(report.skipped).toEqual([]);
    expect(report.errors).toEqual([]);
    expect(report.folder).toBe(folder);
    expect((await readdir(folder)).sort()).toEqual(['mail_1_.example.ac.jp.crt', 'www.example.ac.jp.crt']);
    expect(await readFile(join(folder, 'www.example.ac.jp.crt'), 'utf8')).toBe('A');
  });

  it('writes no file kind the app does not produce, whatever the renderer names (update.bat, desktop.ini, .exe, .lnk, .hta)', async () => {
    const hostile = ['update.bat', 'desktop.ini', 'setup.exe', 'shortcut.lnk', 'page.hta', 'www.crt:evil'];
    // Unsanitised, "www.crt." would become "www.crt" on Windows, which drops a trailing dot: refused as it is.
    const cases = [
      { sanitizeName: identity, names: [...hostile, 'www.crt.'] },
      { sanitizeName: sanitizeExportName, names: hostile },
    ];
    for (const { sanitizeName, names } of cases) {
      const report = await saveFilesToFolder(folder, [...names.map((name) => ({ name, bytes: text('X') })), { name: 'www.crt', bytes: text('C') }], { overwrite: true, sanitizeName });
      expect(report.written).toEqual(['www.crt']);
      expect(report.skipped.every((skip) => skip.reason === 'write-failed')).toBe(true);
      expect(report.errors.map((error) => error.message.en).every((message) => message.includes('this app only saves certificate, CSV, calendar, text and request files'))).toBe(true);
      expect(await readdir(folder)).toEqual(['www.crt']);
    }
  });

  it('writes request files (.tsv) only in a request export, and no .tsv in a certificate export', async () => {
    const files = [
      { name: '失効申請_20261101_1.tsv', bytes: text('1') },
      { name: '失効申請_20261101_2.tsv', bytes: text('2') },
      { name: 'www.crt', bytes: text('C') },
    ];
    const request = await saveFilesToFolder(folder, files, { overwrite: false, kind: 'request', sanitizeName: sanitizeExportName });
    expect(request.written).toEqual(['失効申請_20261101_1.tsv', '失効申請_20261101_2.tsv']);
    expect(request.skipped).toEqual([{ name: 'www.crt', reason: 'write-failed' }]);
    const certificates = await saveFilesToFolder(folder, [{ name: 'other.tsv', bytes: text('X') }], { overwrite: false, sanitizeName: sanitizeExportName });
    expect(certificates.written).toEqual([]);
    expect((await readdir(folder)).sort()).toEqual(['失効申請_20261101_1.tsv', '失効申請_20261101_2.tsv']);
  });

  it('keeps ../ names inside the folder', async () => {
    const report = await saveFilesToFolder(folder, [{ name: '../../escape.crt', bytes: text('X') }], { overwrite: false, sanitizeName: sanitizeExportName });
    expect(report.written).toHaveLength(1);
    expect(await readdir(root)).toEqual(['export']);
    expect(await readdir(folder)).toEqual(report.written);
  });

  it('never writes outside the folder even when the sanitiser lets a path through', async () => {
    const report = await saveFilesToFolder(
      folder,
      [
        { name: '../outside.crt', bytes: text('X') },
        { name: 'sub/inner.crt', bytes: text('Y') },
        { name: join(root, 'absolute.crt'), bytes: text('Z') },
      ],
      { overwrite: false, sanitizeName: identity },
    );
    expect(report.written).toEqual([]);
    expect(report.skipped.map((skip) => skip.reason)).toEqual(['write-failed', 'write-failed', 'write-failed']);
    expect(report.errors.every((error) => error.code === 'write-failed')).toBe(true);
    expect(await readdir(root)).toEqual(['export']);
    expect(await readdir(folder)).toEqual([]);
  });

  it('skips an existing www.example.ac.jp.crt with reason exists and leaves it unchanged', async () => {
    await writeFile(join(folder, 'www.example.ac.jp.crt'), 'original');
    const report = await saveFilesToFolder(
      folder,
      [
        { name: 'www.example.ac.jp.crt', bytes: text('new') },
        { name: 'other.example.ac.jp.crt', bytes: text('other') },
      ],
      { overwrite: false, sanitizeName: sanitizeExportName },
    );
    expect(report.written).toEqual(['other.example.ac.jp.crt']);
    expect(report.skipped).toEqual([{ name: 'www.example.ac.jp.crt', reason: 'exists' }]);
    expect(await readFile(join(folder, 'www.example.ac.jp.crt'), 'utf8')).toBe('original');
  });

  it('replaces existing files when the user said overwrite', async () => {
    await writeFile(join(folder, 'a.crt'), 'original');
    const report = await saveFilesToFolder(folder, [{ name: 'a.crt', bytes: text('new') }], { overwrite: true, sanitizeName: sanitizeExportName });
    expect(report.written).toEqual(['a.crt']);
    expect(await readFile(join(folder, 'a.crt'), 'utf8')).toBe('new');
  });

  it('reports the second of two files with the same name as existing', async () => {
    const report = await saveFilesToFolder(
      folder,
      [
        { name: 'a.crt', bytes: text('first') },
        { name: 'a.crt', bytes: text('second') },
      ],
      { overwrite: false, sanitizeName: sanitizeExportName },
    );
    expect(report.written).toEqual(['a.crt']);
    expect(report.skipped).toEqual([{ name: 'a.crt', reason: 'exists' }]);
    expect(await readFile(join(folder, 'a.crt'), 'utf8')).toBe('first');
  });

  it('reports write failures with their message and goes on with the next file', async () => {
    let calls = 0;
    const report = await saveFilesToFolder(
      folder,
      [
        { name: 'a.crt', bytes: text('A') },
        { name: 'b.crt', bytes: text('B') },
      ],
      {
        overwrite: false,
        sanitizeName: identity,
        write: async (target) => (calls++ === 0 ? err({ code: 'write-failed', file: target, cause: 'no-space', errno: 'ENOSPC' }) : { ok: true, value: null }),
      },
    );
    expect(report.written).toEqual(['b.crt']);
    expect(report.skipped).toEqual([{ name: 'a.crt', reason: 'write-failed' }]);
    expect(report.errors[0]?.message.en).toContain('the disk is full');
  });
});
