import { describe, expect, it } from 'vitest';
import { en } from '../../../../../electron/main/i18n/en';
import { formatMessage, placeholdersOf, translator } from '../../../../../electron/main/i18n/i18n';
import { ja } from '../../../../../electron/main/i18n/ja';
import { describeCatalogue } from '../../../i18n/catalogue-checks';

describeCatalogue({
  name: 'main process',
  ja,
  en,
  placeholdersOf,
  folder: 'electron/main/i18n',
  codeFolders: ['electron'],
  // Every menu and dialog text is looked up by a literal key.
  dynamicKeys: [],
});

describe('typed keys', () => {
  it('refuses a key that is not in the catalogue at compile time (npm run typecheck)', () => {
    // @ts-expect-error -- not a key of the catalogue
    const unknown = () => formatMessage('ja', 'menu.nope');
    // @ts-expect-error -- `t` takes the same key union
    const unknownT = () => translator('en')('dialog.nope');
    expect([unknown, unknownT]).toHaveLength(2);
  });
});

describe('translator', () => {
  it('looks keys up in its language', () => {
    expect(translator('ja')('menu.file')).toBe('ファイル');
    expect(translator('en')('menu.file')).toBe('File');
  });

  it('names each language in itself, whatever the menu language', () => {
    for (const t of [translator('ja'), translator('en')]) {
      expect([t('menu.languageJapanese'), t('menu.languageEnglish')]).toEqual(['日本語', 'English']);
    }
  });
});

describe('formatMessage', () => {
  it('returns a text without placeholders as written, whatever values are given', () => {
    expect(formatMessage('en', 'dialog.save', { unused: 1 })).toBe('Save');
  });
});
