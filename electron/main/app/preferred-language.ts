import type { Lang } from '../../../shared/model/localized-text';

/**
 * The app language for the OS settings: Japanese when the user's first preferred language (or, when
 * the list is empty, the app locale) is Japanese ("ja", "ja-JP"), English for any other language,
 * Japanese when nothing is known (the app's default audience).
 */
export function preferredLanguage(systemLanguages: readonly string[], locale: string): Lang {
  const first = systemLanguages[0] ?? locale;
  if (first.trim() === '') return 'ja';
  return /^ja(?:[-_]|$)/i.test(first.trim()) ? 'ja' : 'en';
}
