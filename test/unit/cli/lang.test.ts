import { describe, expect, it } from 'vitest';
import { langFromEnvironment } from '../../../cli/lang';

describe('langFromEnvironment', () => {
  const cases: { name: string; input: Record<string, string | undefined>; want: 'ja' | 'en' }[] = [
    { name: 'a Japanese LANG gives ja', input: { LANG: 'ja_JP.UTF-8' }, want: 'ja' },
    { name: 'a bare "ja" gives ja', input: { LANG: 'ja' }, want: 'ja' },
    { name: 'an English LANG gives en', input: { LANG: 'en_US.UTF-8' }, want: 'en' },
    { name: 'no locale at all gives ja (Windows sets none)', input: {}, want: 'ja' },
    { name: 'the C locale gives en', input: { LANG: 'C' }, want: 'en' },
    { name: 'only empty locale variables give ja', input: { LANG: '', LC_ALL: '' }, want: 'ja' },
    { name: 'LC_ALL overrides LANG', input: { LANG: 'ja_JP.UTF-8', LC_ALL: 'C' }, want: 'en' },
    { name: 'LC_MESSAGES overrides LANG', input: { LANG: 'C', LC_MESSAGES: 'ja_JP.eucJP' }, want: 'ja' },
    { name: 'an empty LC_ALL is skipped', input: { LC_ALL: '', LANG: 'ja_JP.UTF-8' }, want: 'ja' },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(langFromEnvironment(input)).toBe(want));
});
