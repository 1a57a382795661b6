import type { Lang } from '../../../shared/model/localized-text';
import { en } from './en';
import { ja, type MessageKey, type Messages } from './ja';

// The same shape as the renderer's catalogue (renderer/i18n/i18n.tsx): ja.ts defines the keys,
// en.ts must match them, and callers look texts up with a typed `t(key, values)`.

/** The catalogues by language. */
export const DICTIONARIES: { readonly [L in Lang]: Messages } = { ja, en };

/** Values that fill `{name}` placeholders. */
export type MessageValues = Readonly<Record<string, string | number>>;

/** Looks a key up in one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The text of a key in a language with its `{placeholders}` filled; an unknown placeholder stays as written. */
export function formatMessage(lang: Lang, key: MessageKey, values?: MessageValues): string {
  const template = DICTIONARIES[lang][key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** `t` for one language: what the menu and the dialogs use. */
export function translator(lang: Lang): Translate {
  return (key, values) => formatMessage(lang, key, values);
}

/** The placeholder names a template uses, sorted (for the completeness test). */
export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!).sort();
}
