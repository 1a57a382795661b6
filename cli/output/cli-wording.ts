import type { Finding } from '../../shared/model/finding';
import type { LocalizedText } from '../../shared/model/localized-text';

// shared/diagnostics speaks to the desktop app ("Add CA file", "enter the passphrase"); on the command
// line the same step is an option. These rewrite exactly those phrases and nothing else.
const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/入手したファイルを「CA ファイルを追加」で読み込むと、チェーンを書き出せます。/g, '入手したファイルを upki-tsv export でも --ca で指定すると、チェーンのファイルを書き出せます。'],
  [/Load it with "Add CA file" to export the chain\./g, 'Pass it with --ca to upki-tsv export as well to write the chain files.'],
  [/、?「CA ファイルを追加」で読み込む/g, ' --ca で指定する'],
  [/、?「CA ファイルを追加」で読み込んで/g, ' --ca で指定して'],
  [/Load it with "Add CA file"/g, 'Pass it with --ca'],
  [/load it with "Add CA file"/g, 'pass it with --ca'],
  [/Load that CA certificate with "Add CA file"/g, 'Pass that CA certificate with --ca'],
];

const PASSPHRASE_ADVICE: LocalizedText = {
  ja: 'パスフレーズを環境変数に入れ、その変数名を --passphrase-env で指定してください（例: read -s KEYPASS; export KEYPASS; upki-tsv inspect server.crt --key server.key --passphrase-env KEYPASS）。端末から実行すると入力を求めます。パスフレーズをコマンドラインに書かないでください（他の利用者から見えます）。',
  en: 'Put the passphrase in an environment variable and name it with --passphrase-env (e.g. read -s KEYPASS; export KEYPASS; upki-tsv inspect server.crt --key server.key --passphrase-env KEYPASS); run from a terminal, the command asks for it. Never write a passphrase on the command line: other users can see it.',
};

function rewrite(text: LocalizedText): LocalizedText {
  let { ja, en } = text;
  for (const [phrase, replacement] of PHRASES) {
    ja = ja.replace(phrase, replacement);
    en = en.replace(phrase, replacement);
  }
  return { ja, en };
}

/** The finding worded for the command line: GUI steps in its advice become the matching options. */
export function forCommandLine(finding: Finding): Finding {
  if (finding.code === 'key-passphrase-required') return { ...finding, advice: PASSPHRASE_ADVICE };
  return finding.advice ? { ...finding, advice: rewrite(finding.advice) } : finding;
}
