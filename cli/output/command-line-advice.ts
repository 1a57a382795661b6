import type { Finding, FindingAction } from '../../shared/model/finding';
import { bothLanguages, eachLanguage, formatMessage, type MessageKey } from '../i18n/i18n';

/** The command line's words for each step a finding leads to (the desktop app words its own controls). */
const ACTION_KEYS: Readonly<Record<FindingAction, MessageKey>> = {
  'add-ca-file': 'advice.addCaFile',
  'enter-passphrase': 'advice.enterPassphrase',
};

/** The finding as the command line says it: the step its advice leads to, worded as the option that takes it. */
export function forCommandLine(finding: Finding): Finding {
  if (!finding.action) return finding;
  const step = bothLanguages(ACTION_KEYS[finding.action]);
  const { advice: shared } = finding;
  const advice = shared ? eachLanguage((lang) => formatMessage(lang, 'advice.withStep', { advice: shared[lang], step: step[lang] })) : step;
  return { ...finding, advice };
}
