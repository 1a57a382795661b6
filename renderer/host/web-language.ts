import type { Lang } from '../../shared/model/localized-text';
import { isLang } from '../i18n/i18n';
import type { KeyValueStore } from './web-recent-files';

/** The localStorage key of the web page's chosen UI language ("ja" or "en"; nothing else is kept under it). */
export const LANGUAGE_KEY = 'upki-tsv-viewer.lang';

/** The language the user chose on an earlier visit, or null when none was saved (or storage is unreadable). */
export function readSavedLanguage(store: KeyValueStore | null): Lang | null {
  try {
    const value = store?.getItem(LANGUAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves the user's choice for the next visit; a full or disabled storage only loses the convenience. */
export function saveLanguage(store: KeyValueStore | null, lang: Lang): void {
  try {
    store?.setItem(LANGUAGE_KEY, lang);
  } catch {
    // Storage full or disabled (file:// in some setups): the next start falls back to the browser language.
  }
}
