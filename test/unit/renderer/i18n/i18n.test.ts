import { describe, expect, it } from 'vitest';
import { en } from '../../../../renderer/i18n/en';
import { formatMessage, languageFromTag, placeholdersOf } from '../../../../renderer/i18n/i18n';
import { ja, type MessageKey } from '../../../../renderer/i18n/ja';

const keys = Object.keys(ja) as MessageKey[];

describe('i18n dictionaries', () => {
  it('have exactly the same keys in Japanese and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('give "%s" a non-empty text with the same placeholders in both languages', (key) => {
    expect(ja[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(placeholdersOf(en[key])).toEqual(placeholdersOf(ja[key]));
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
