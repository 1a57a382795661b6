import type { Lang, LocalizedText } from '../../shared/model/localized-text';
import { makeCatalogue, placeholdersOf, type MessageValues, type Translate as TranslateOf } from '../../shared/model/message-catalogue';
import { en } from './en';
import { ja, type MessageKey } from './ja';

/**
 * The command line's catalogue, on the one mechanism every front end uses
 * (shared/model/message-catalogue): ja.ts defines the keys, en.ts must match them. Errors and help
 * texts are made before the language is settled (a bad --lang is itself an error), so they are kept
 * in both languages with `bothLanguages`; output already in one language uses `formatMessage`.
 */
export const { dictionaries: DICTIONARIES, format: formatMessage, translator, bothLanguages } = makeCatalogue<MessageKey>({ ja, en });

/** Looks a key up in one language. */
export type Translate = TranslateOf<MessageKey>;

/** A text in both languages built once per language, for texts whose filled-in values are themselves in that language. */
export function eachLanguage(build: (lang: Lang) => string): LocalizedText {
  return { ja: build('ja'), en: build('en') };
}

/** True for a language the catalogue has (what --lang accepts). */
export function isLang(value: string): value is Lang {
  return Object.hasOwn(DICTIONARIES, value);
}

export { placeholdersOf, type MessageKey, type MessageValues };
