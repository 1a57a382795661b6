import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../../../../electron/main/app/preferred-language';

describe('preferredLanguage', () => {
  const table = [
    { name: 'is Japanese for ja-JP', input: { languages: ['ja-JP', 'en-US'], locale: 'en-US' }, want: 'ja' },
    { name: 'is Japanese for plain ja', input: { languages: ['ja'], locale: '' }, want: 'ja' },
    { name: 'is English for an English system', input: { languages: ['en-GB', 'ja-JP'], locale: 'en-GB' }, want: 'en' },
    { name: 'is English for any other language', input: { languages: ['de-DE'], locale: 'de' }, want: 'en' },
    { name: 'falls back to the locale', input: { languages: [], locale: 'ja' }, want: 'ja' },
    { name: 'is Japanese when nothing is known', input: { languages: [], locale: '' }, want: 'ja' },
    { name: 'does not take "jav" (Javanese) for Japanese', input: { languages: ['jv-ID'], locale: '' }, want: 'en' },
  ] as const;
  it.each(table)('$name', ({ input, want }) => {
    expect(preferredLanguage(input.languages, input.locale)).toBe(want);
  });
});
