import { escapeInvisible } from '../../shared/encoding/invisible-characters';
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { Lang, LocalizedText } from '../../shared/model/localized-text';
import { makeCatalogue, placeholdersOf, type MessageValues, type Translate as TranslateOf } from '../../shared/model/message-catalogue';
import { en } from './en';
import { ja, type MessageKey } from './ja';

/**
 * The renderer's catalogue, on the one mechanism every front end uses (shared/model/message-catalogue):
 * ja.ts defines the keys, en.ts must match them. `bothLanguages` gives a key's text in both languages,
 * for messages kept in state as LocalizedText (notices, load errors) that follow a later language switch.
 */
export const { dictionaries: DICTIONARIES, format: formatMessage, translator, bothLanguages } = makeCatalogue<MessageKey>({ ja, en });

/** Looks a key up in one language. */
export type Translate = TranslateOf<MessageKey>;

export { placeholdersOf, type MessageValues };

/** The language to start in: Japanese unless the preferred language tag is English. */
export function languageFromTag(tag: string | null | undefined): Lang {
  return tag?.toLowerCase().startsWith('en') ? 'en' : 'ja';
}

/** Whether a value (from storage, say) names a language of the app. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(DICTIONARIES, value);
}

const OTHER_LANGUAGE: { readonly [L in Lang]: Lang } = { ja: 'en', en: 'ja' };

/** The language the language switch leads to (and the language its label is written in). */
export function otherLanguage(lang: Lang): Lang {
  return OTHER_LANGUAGE[lang];
}

/** Placeholder values with hidden characters shown as ⟨U+XXXX⟩: they carry data (names, files, hosts). */
function visibleValues(values: MessageValues | undefined): MessageValues | undefined {
  if (!values) return values;
  return Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'string' ? escapeInvisible(value) : value]));
}

/**
 * What components get from useI18n: the language, `t` for keys and `pick` for LocalizedText. Both show
 * hidden characters of the data they carry as ⟨U+XXXX⟩ escapes (shared messages quote names and DNs).
 */
export interface I18n {
  readonly lang: Lang;
  readonly t: Translate;
  readonly pick: (text: LocalizedText) => string;
}

const I18nContext = createContext<I18n | null>(null);

/** Provides the current language's strings to the tree. */
export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(() => {
    const translate = translator(lang);
    return { lang, t: (key, values) => translate(key, visibleValues(values)), pick: (text) => escapeInvisible(text[lang]) };
  }, [lang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The current language's strings; throws when used outside I18nProvider (a programming error). */
export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
