import type { Lang } from '../../../shared/model/localized-text';
import { ok } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What setLanguage needs. */
export interface SetLanguageDeps {
  readonly policy: SenderPolicy;
  /** Rebuilds the menu (and dialogs) in this language. */
  readonly applyLanguage: (lang: Lang) => void;
}

/** The setLanguage handler: the renderer's language switch drives the native menu's language. */
export function createSetLanguageHandler(deps: SetLanguageDeps): HostRequestHandler<'setLanguage'> {
  return guardedHandler('setLanguage', deps.policy, async ({ lang }) => {
    deps.applyLanguage(lang);
    return ok(null);
  });
}
