import type { BaseWindow, OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAVE_KIND_EXTENSIONS } from '../../../../../shared/ipc/writable-file-kinds';
import { folderDialogOptions, openDialogOptions, saveDialogOptions } from '../../../../../electron/main/dialogs/dialog-options';
import { createNativeDialogs, type DialogModule } from '../../../../../electron/main/dialogs/native-dialogs';
import { sanitizeExportName } from '../../../../../electron/main/files/export-file-name';

describe('dialog options', () => {
  it('opens one TSV at a time with a TSV filter, in Japanese', () => {
    const options = openDialogOptions('list', 'ja');
    expect(options.title).toBe('TSVを開く');
    expect(options.properties).toEqual(['openFile']);
    expect(options.filters?.[0]?.extensions).toEqual(['tsv', 'txt']);
  });

  it('opens several certificates at once', () => {
    expect(openDialogOptions('certificates', 'en').properties).toEqual(['openFile', 'multiSelections']);
    expect(openDialogOptions('ca', 'en').properties).toContain('multiSelections');
    expect(openDialogOptions('private-key', 'en').properties).not.toContain('multiSelections');
  });

  it('asks before overwriting on every platform and offers the kind first', () => {
    const options = saveDialogOptions('/home/a/www.crt', 'certificate-der', 'en');
    expect(options.properties).toContain('showOverwriteConfirmation');
    expect(options.filters?.[0]?.extensions).toEqual(['cer', 'der', 'crt']);
    expect(options.defaultPath).toBe('/home/a/www.crt');
  });

  it('opens one request file (申請ファイルを確認) with a TSV filter, in both languages', () => {
    const ja = openDialogOptions('request', 'ja');
    expect(ja.title).toBe('申請ファイルを開く');
    expect(ja.properties).toEqual(['openFile']);
    expect(ja.filters?.[0]).toEqual({ name: '申請ファイル (TSV)', extensions: ['tsv', 'txt'] });
    expect(openDialogOptions('request', 'en').title).toBe('Open Request File');
  });

  it('saves a request file as .tsv only', () => {
    expect(saveDialogOptions('/home/a/失効申請_20261101.tsv', 'request', 'ja').filters).toEqual([{ name: '申請ファイル (TSV)', extensions: ['tsv'] }]);
  });

  it.each(['certificate-pem', 'certificate-der', 'chain', 'pkcs7', 'csv', 'calendar', 'text', 'request'] as const)(
    'offers only the extensions the host writes for %s, without "All files"',
    (kind) => {
      const filters = saveDialogOptions('/home/a/x', kind, 'en').filters ?? [];
      expect(filters.map((filter) => filter.extensions)).toEqual([[...SAVE_KIND_EXTENSIONS[kind]]]);
    },
  );

  it('picks a folder (never a file) for a folder export', () => {
    expect(folderDialogOptions('ja').properties).toEqual(['openDirectory', 'createDirectory']);
  });
});

describe('createNativeDialogs', () => {
  const window = {} as BaseWindow;

  /** A dialog module answering with fixed results and recording the options it got. */
  function fakeDialog(open: { canceled: boolean; filePaths: string[] }, save: { canceled: boolean; filePath?: string }) {
    const seen: { open: OpenDialogOptions[]; save: SaveDialogOptions[] } = { open: [], save: [] };
    const dialog: DialogModule = {
      showOpenDialog: async (_window, options) => {
        seen.open.push(options);
        return open;
      },
      showSaveDialog: async (_window, options) => {
        seen.save.push(options);
        return { canceled: save.canceled, filePath: save.filePath ?? '' };
      },
    };
    return { dialog, seen };
  }

  const context = (dialog: DialogModule, hasWindow = true) => ({
    dialog,
    window: () => (hasWindow ? window : null),
    lang: () => 'ja' as const,
    defaultFolder: () => '/home/staff/Documents',
    sanitizeName: sanitizeExportName,
  });

  it('returns the chosen files, or null when cancelled', async () => {
    const chosen = createNativeDialogs(context(fakeDialog({ canceled: false, filePaths: ['/a.tsv'] }, { canceled: true }).dialog));
    expect(await chosen.chooseFiles('list')).toEqual(['/a.tsv']);
    const cancelled = createNativeDialogs(context(fakeDialog({ canceled: true, filePaths: [] }, { canceled: true }).dialog));
    expect(await cancelled.chooseFiles('list')).toBeNull();
    expect(await cancelled.chooseFolder()).toBeNull();
  });

  it('suggests the sanitised name in the Documents folder', async () => {
    const { dialog, seen } = fakeDialog({ canceled: false, filePaths: [] }, { canceled: false, filePath: '/chosen/x.crt' });
    const dialogs = createNativeDialogs(context(dialog));
    expect(await dialogs.chooseSavePath('www:example?.crt', 'certificate-pem')).toBe('/chosen/x.crt');
    expect(seen.save[0]?.defaultPath).toBe(join('/home/staff/Documents', 'www_example_.crt'));
  });

  it('returns null from a cancelled save dialog', async () => {
    const dialogs = createNativeDialogs(context(fakeDialog({ canceled: false, filePaths: [] }, { canceled: true }).dialog));
    expect(await dialogs.chooseSavePath('a.crt', 'certificate-pem')).toBeNull();
  });

  it('opens no dialog without a window', async () => {
    const { dialog, seen } = fakeDialog({ canceled: false, filePaths: ['/a'] }, { canceled: false, filePath: '/b' });
    const dialogs = createNativeDialogs(context(dialog, false));
    expect(await dialogs.chooseFiles('list')).toBeNull();
    expect(await dialogs.chooseSavePath('a.crt', 'text')).toBeNull();
    expect(seen.open).toEqual([]);
  });
});
