import { makeCatalogue, placeholdersOf, type MessageValues, type Translate as TranslateOf } from '../../../shared/model/message-catalogue';
import { en } from './en';
import { ja, type MessageKey } from './ja';

/**
 * The main process's catalogue (menus, dialogs), on the one mechanism every front end uses
 * (shared/model/message-catalogue): ja.ts defines the keys, en.ts must match them, and callers look
 * texts up with a typed `t(key, values)`.
 */
export const { dictionaries: DICTIONARIES, format: formatMessage, translator } = makeCatalogue<MessageKey>({ ja, en });

/** Looks a key up in one language. */
export type Translate = TranslateOf<MessageKey>;

export { placeholdersOf, type MessageValues };
