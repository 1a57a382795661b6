import type { Lang } from '../../../shared/model/localized-text';
import { makeCatalogue, placeholdersOf, type MessageValues } from '../../../shared/model/message-catalogue';
import { en } from './en';
import { ja, type MessageKey, type Messages } from './ja';

// The same shape as the renderer's catalogue (renderer/i18n/i18n.tsx): ja.ts defines the keys,
// en.ts must match them, and callers look texts up with a typed `t(key, values)`.

const catalogue = makeCatalogue<MessageKey>({ ja, en });

/** The catalogues by language. */
export const DICTIONARIES: { readonly [L in Lang]: Messages } = catalogue.dictionaries;

export type { MessageValues };

/** Looks a key up in one language. */
export type Translate = (key: MessageKey, values?: MessageValues) => string;

/** The text of a key in a language with its `{placeholders}` filled; an unknown placeholder stays as written. */
export const formatMessage: (lang: Lang, key: MessageKey, values?: MessageValues) => string = catalogue.format;

/** `t` for one language: what the menu and the dialogs use. */
export const translator: (lang: Lang) => Translate = catalogue.translator;

export { placeholdersOf };
