import type { Lang } from '../../../shared/model/localized-text';
import { ok } from '../../../shared/model/result';
import { guardedHandler, type HostRequestHandler } from './handler-kit';
import type { SenderPolicy } from './sender-check';

/** What getPreferredLanguage needs. */
export interface GetPreferredLanguageDeps {
  readonly policy: SenderPolicy;
  /** The OS language as an app language (app/preferred-language.ts). */
  readonly preferredLanguage: () => Lang;
}

/** The getPreferredLanguage handler. */
export function createGetPreferredLanguageHandler(deps: GetPreferredLanguageDeps): HostRequestHandler<'getPreferredLanguage'> {
  return guardedHandler('getPreferredLanguage', deps.policy, async () => ok(deps.preferredLanguage()));
}
