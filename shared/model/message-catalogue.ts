import type { Lang, LocalizedText } from './localized-text';

/**
 * The one mechanism behind every front end's message catalogue (the renderer's, the main process's
 * menus and dialogs, the CLI's): a Japanese dictionary that defines the keys, an English one with
 * the same keys, and lookups whose `{name}` placeholders are filled from values.
 */

/** Values that fill `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** A template with its `{placeholders}` filled; an unknown placeholder stays as written. */
export function fillTemplate(template: string, values?: MessageValues): string {
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** The placeholder names a template uses, sorted (for the completeness tests). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}

/** `t` for one language of a catalogue with keys K. */
export type Translate<K extends string> = (key: K, values?: MessageValues) => string;

/** The lookups of one catalogue, typed by its keys. */
export interface Catalogue<K extends string> {
  readonly dictionaries: { readonly [L in Lang]: Readonly<Record<K, string>> };
  /** A key's text in a language, placeholders filled. */
  format(lang: Lang, key: K, values?: MessageValues): string;
  /** `t` for one language. */
  translator(lang: Lang): Translate<K>;
  /** A key's text in both languages, for messages kept as data that follow a later language switch. */
  bothLanguages(key: K, values?: MessageValues): LocalizedText;
}

/** A catalogue over its two dictionaries (the Japanese one defines the keys). */
export function makeCatalogue<K extends string>(dictionaries: { readonly [L in Lang]: Readonly<Record<K, string>> }): Catalogue<K> {
  const format = (lang: Lang, key: K, values?: MessageValues): string => fillTemplate(dictionaries[lang][key], values);
  return {
    dictionaries,
    format,
    translator: (lang) => (key, values) => format(lang, key, values),
    bothLanguages: (key, values) => ({ ja: format('ja', key, values), en: format('en', key, values) }),
  };
}
