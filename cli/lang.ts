import type { Lang } from '../shared/model/localized-text';

/**
 * The language of messages when --lang is not given: POSIX locale precedence (LC_ALL, then
 * LC_MESSAGES, then LANG; empty values are skipped), Japanese for any "ja…" locale, English for any
 * other locale (C and POSIX included), and Japanese when no locale is set at all — the usual case on
 * Windows, where the staff this tool is for work.
 */
export function langFromEnvironment(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (locale === undefined) return 'ja';
  return /^ja/i.test(locale) ? 'ja' : 'en';
}

