import type { Finding, FindingAction } from '../../shared/model/finding';
import type { LocalizedText } from '../../shared/model/localized-text';

/** The command line's words for each step a finding leads to (the desktop app words its own controls). */
const ACTION_TEXT: Readonly<Record<FindingAction, LocalizedText>> = {
  'add-ca-file': {
    ja: 'そのファイルは --ca で指定します（upki-tsv export でも --ca で指定すると、チェーンのファイルを書き出せます）。',
    en: 'Pass that file with --ca (with upki-tsv export too, to write the chain files).',
  },
  'enter-passphrase': {
    ja: 'パスフレーズを環境変数に入れ、その変数名を --passphrase-env で指定してください（例: read -s KEYPASS; export KEYPASS; upki-tsv inspect server.crt --key server.key --passphrase-env KEYPASS）。端末から実行すると入力を求めます。パスフレーズをコマンドラインに書かないでください（他の利用者から見えます）。',
    en: 'Put the passphrase in an environment variable and name it with --passphrase-env (e.g. read -s KEYPASS; export KEYPASS; upki-tsv inspect server.crt --key server.key --passphrase-env KEYPASS); run from a terminal, the command asks for it. Never write a passphrase on the command line: other users can see it.',
  },
};

/** The finding as the command line says it: the step its advice leads to, worded as the option that takes it. */
export function forCommandLine(finding: Finding): Finding {
  if (!finding.action) return finding;
  const step = ACTION_TEXT[finding.action];
  const advice = finding.advice ? { ja: `${finding.advice.ja}${step.ja}`, en: `${finding.advice.en} ${step.en}` } : step;
  return { ...finding, advice };
}
