import type { Lang } from '../shared/model/localized-text';
import { COMMON_OPTIONS, type CommandSpec, type OptionTable } from './command';
import { displayWidth, padEndWidth } from './output/text-width';

/** The program's name as users type it. */
export const PROGRAM = 'upki-tsv';

function optionLines(table: OptionTable, lang: Lang): string[] {
  const entries = Object.entries(table).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` ${spec.valueName ?? 'VALUE'}` : ''}`;
    return { flag, help: spec.help[lang] };
  });
  const width = Math.max(...entries.map((entry) => displayWidth(entry.flag)));
  return entries.map((entry) => `  ${padEndWidth(entry.flag, width)}  ${entry.help}`);
}

/** The --help text of one command, in `lang`. */
export function commandHelp(spec: CommandSpec, lang: Lang): string {
  const heading = lang === 'ja' ? { usage: '使い方', options: 'オプション', examples: '例' } : { usage: 'Usage', options: 'Options', examples: 'Examples' };
  return [
    `${heading.usage}: ${PROGRAM} ${spec.name} ${spec.usage}`,
    '',
    spec.summary[lang],
    '',
    `${heading.options}:`,
    ...optionLines({ ...spec.options, ...COMMON_OPTIONS }, lang),
    '',
    ...(spec.notes ?? []).flatMap((note) => [note[lang], '']),
    `${heading.examples}:`,
    ...spec.examples.map((example) => `  ${PROGRAM} ${example}`),
    '',
  ].join('\n');
}

/** The program's --help text, in `lang`. */
export function programHelp(commands: readonly CommandSpec[], lang: Lang): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const ja = lang === 'ja';
  return [
    `${ja ? '使い方' : 'Usage'}: ${PROGRAM} ${ja ? 'コマンド FILE… [オプション]' : 'COMMAND FILE… [options]'}`,
    '',
    ja
      ? 'UPKI の証明書一覧 (serverAll.tsv) と証明書ファイルを、ネットワークを使わずに読みます。'
      : "Reads UPKI certificate lists (serverAll.tsv) and certificate files offline; nothing leaves this computer.",
    '',
    `${ja ? 'コマンド' : 'Commands'}:`,
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
    '',
    `${ja ? '共通オプション' : 'Common options'}:`,
    ...optionLines({ ...COMMON_OPTIONS, version: { type: 'boolean', help: { ja: 'バージョンを表示', en: 'show the version' } } }, lang),
    '',
    ja ? `終了コード: 0 成功、1 入力を使えない・処理に失敗、2 使い方の誤り` : 'Exit status: 0 success, 1 unusable input or failed action, 2 wrong usage',
    ja ? `各コマンドの説明: ${PROGRAM} COMMAND --help` : `Help on a command: ${PROGRAM} COMMAND --help`,
    '',
  ].join('\n');
}
