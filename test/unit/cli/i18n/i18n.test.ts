import { describe, expect, it } from 'vitest';
import { en } from '../../../../cli/i18n/en';
import { bothLanguages, eachLanguage, formatMessage, isLang, placeholdersOf, translator } from '../../../../cli/i18n/i18n';
import { ja } from '../../../../cli/i18n/ja';
import { describeCatalogue } from '../../i18n/catalogue-checks';

describeCatalogue({
  name: 'command line',
  ja,
  en,
  placeholdersOf,
  folder: 'cli/i18n',
  codeFolders: ['cli'],
  // Every CLI text is looked up by a literal key (tables of keys included).
  dynamicKeys: [],
});

describe('typed keys', () => {
  it('refuses a key that is not in the catalogue at compile time (npm run typecheck)', () => {
    // @ts-expect-error -- not a key of the catalogue
    const unknown = () => formatMessage('ja', 'help.nope');
    // @ts-expect-error -- `t` takes the same key union
    const unknownT = () => translator('en')('run.nope');
    // @ts-expect-error -- and so does bothLanguages
    const unknownBoth = () => bothLanguages('file.nope');
    expect([unknown, unknownT, unknownBoth]).toHaveLength(3);
  });
});

describe('lookups', () => {
  const cases: { name: string; input: Parameters<typeof formatMessage>; want: string }[] = [
    { name: 'fills the record count in Japanese', input: ['ja', 'list.count', { shown: 2, total: 9 }], want: '2 件（全 9 件）' },
    { name: 'fills the record count in English', input: ['en', 'list.count', { shown: 2, total: 9 }], want: '2 of 9 records' },
    { name: 'fills a placeholder used twice', input: ['en', 'usage.optionValueLooksLikeOption', { option: '--filter' }], want: 'the value of --filter starts with "-"; write --filter=VALUE' },
    { name: 'keeps braces inside a filled value as they are', input: ['en', 'file.notFound', { file: '{file}.tsv' }], want: 'file not found: {file}.tsv' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(formatMessage(...input)).toBe(want);
  });

  it('gives an error text in both languages, for errors raised before --lang is read', () => {
    expect(bothLanguages('run.langInvalid', { value: 'fr' })).toEqual({ ja: '--lang は ja か en です: fr', en: '--lang must be ja or en: fr' });
  });

  it('builds a text once per language when the filled-in values are themselves in that language', () => {
    const message = { ja: '壊れています', en: 'is broken' };
    expect(eachLanguage((lang) => formatMessage(lang, 'file.problem', { file: 'a.tsv', message: message[lang], code: 'x' }))).toEqual({
      ja: 'a.tsv: 壊れています [x]',
      en: 'a.tsv: is broken [x]',
    });
  });
});

describe('isLang', () => {
  const cases: { input: string; want: boolean }[] = [
    { input: 'ja', want: true },
    { input: 'en', want: true },
    { input: 'fr', want: false },
    { input: 'JA', want: false },
    { input: '', want: false },
    { input: 'toString', want: false },
  ];
  it.each(cases)('says $want for "$input"', ({ input, want }) => {
    expect(isLang(input)).toBe(want);
  });
});
