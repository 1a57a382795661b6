import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/i18n/en';
import {
  bothLanguages,
  formatMessage,
  isLang,
  languageFromTag,
  otherLanguage,
  placeholdersOf,
  translator,
} from '../../../../renderer/i18n/i18n';
import { ja } from '../../../../renderer/i18n/ja';
import { describeCatalogue } from '../../i18n/catalogue-checks';

describeCatalogue({
  name: 'renderer',
  ja,
  en,
  placeholdersOf,
  folder: 'renderer/i18n',
  codeFolders: ['renderer'],
  dynamicKeys: [
    {
      why: 'StatusBadge names a certificate state by its code',
      usedAs: 't(`state.${state}`)',
      keys: ['state.valid', 'state.expiring', 'state.expired', 'state.not-yet-valid', 'state.revoked', 'state.pending', 'state.error', 'state.no-certificate', 'state.unreadable'],
    },
  ],
});

describe('typed keys', () => {
  it('refuses a key that is not in the catalogue at compile time (npm run typecheck)', () => {
    // @ts-expect-error -- not a key of the catalogue
    const unknown = () => formatMessage('ja', 'no.such.key');
    // @ts-expect-error -- `t` takes the same key union
    const unknownT = () => translator('en')('app.nope');
    // @ts-expect-error -- and so does bothLanguages
    const unknownBoth = () => bothLanguages('open.nope');
    expect([unknown, unknownT, unknownBoth]).toHaveLength(3);
  });
});

describe('formatMessage', () => {
  const cases: { name: string; input: Parameters<typeof formatMessage>; want: string }[] = [
    { name: 'fills the count in Japanese', input: ['ja', 'filter.count', { shown: 12, total: 345 }], want: '表示 12 / 全 345 件' },
    { name: 'fills the count in English', input: ['en', 'filter.count', { shown: 12, total: 345 }], want: 'Showing 12 of 345' },
    { name: 'leaves a placeholder without a value as written', input: ['ja', 'list.daysLeft', {}], want: '残り {days} 日' },
    { name: 'returns the template when no values are given', input: ['ja', 'export.crt'], want: '書き出す (.crt)' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(formatMessage(...input)).toBe(want);
  });
});

describe('translator', () => {
  it('looks keys up in its language', () => {
    expect(translator('en')('list.daysLeft', { days: 3 })).toBe('3 days left');
    expect(translator('ja')('list.daysLeft', { days: 3 })).toBe('残り 3 日');
  });
});

describe('bothLanguages', () => {
  it('gives a key in both languages with the values filled (a notice follows a later language switch)', () => {
    expect(bothLanguages('open.casAdded', { count: 2 })).toEqual({
      ja: 'CA 証明書を 2 枚追加しました。チェーンを組み直しました。',
      en: 'Added 2 CA certificates; the chains were rebuilt.',
    });
  });
});

describe('otherLanguage', () => {
  it('leads from each language to the other', () => {
    expect(otherLanguage('ja')).toBe('en');
    expect(otherLanguage('en')).toBe('ja');
  });
});

describe('isLang', () => {
  const cases = [
    { name: 'ja is a language of the app', input: 'ja', want: true },
    { name: 'en is a language of the app', input: 'en', want: true },
    { name: 'a region tag is not', input: 'ja-JP', want: false },
    { name: 'another language is not', input: 'fr', want: false },
    { name: 'an inherited property name is not', input: 'toString', want: false },
    { name: 'null is not', input: null, want: false },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(isLang(input)).toBe(want);
  });
});

describe('languageFromTag', () => {
  const cases = [
    { name: 'Japanese for ja-JP', input: 'ja-JP', want: 'ja' },
    { name: 'English for en-US', input: 'en-US', want: 'en' },
    { name: 'English for a bare "EN"', input: 'EN', want: 'en' },
    { name: 'Japanese for any other language', input: 'fr-FR', want: 'ja' },
    { name: 'Japanese when the tag is unknown', input: undefined, want: 'ja' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(languageFromTag(input)).toBe(want);
  });
});
