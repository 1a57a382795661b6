import type { Lang } from '../shared/model/localized-text';
import { COMMON_OPTIONS, subcommandWord, type Command, type CommandGroup, type CommandSpec, type OptionTable } from './command';
import { bothLanguages, translator } from './i18n/i18n';
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
  const t = translator(lang);
  return [
    t('help.commandUsage', { program: PROGRAM, command: spec.name, usage: spec.usage }),
    '',
    spec.summary[lang],
    '',
    t('help.options'),
    ...optionLines({ ...spec.options, ...COMMON_OPTIONS }, lang),
    '',
    ...(spec.notes ?? []).flatMap((note) => [note[lang], '']),
    t('help.examples'),
    ...spec.examples.map((example) => `  ${PROGRAM} ${example}`),
    '',
  ].join('\n');
}

/**
 * The --help text of a group of sub-commands, in `lang`: each sub-command with its summary and usage
 * line, the group's notes, the common options, examples, and where each sub-command's own help is.
 */
export function groupHelp(group: CommandGroup, lang: Lang): string {
  const t = translator(lang);
  const words = group.subcommands.map(subcommandWord);
  const width = Math.max(...words.map((word) => word.length));
  return [
    t('help.commandUsage', { program: PROGRAM, command: group.name, usage: group.usage }),
    '',
    group.summary[lang],
    '',
    t('help.subcommands'),
    ...group.subcommands.flatMap((spec, index) => [
      `  ${words[index]!.padEnd(width)}  ${spec.summary[lang]}`,
      `  ${' '.repeat(width)}  ${PROGRAM} ${spec.name} ${spec.usage}`,
    ]),
    '',
    ...(group.notes ?? []).flatMap((note) => [note[lang], '']),
    t('help.commonOptions'),
    ...optionLines(COMMON_OPTIONS, lang),
    '',
    t('help.examples'),
    ...group.examples.map((example) => `  ${PROGRAM} ${example}`),
    '',
    t('help.subcommandHelp', { program: PROGRAM, command: group.name }),
    '',
  ].join('\n');
}

/** The program's --help text, in `lang`. */
export function programHelp(commands: readonly Command[], lang: Lang): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const t = translator(lang);
  return [
    t('help.programUsage', { program: PROGRAM }),
    '',
    t('help.programSummary'),
    '',
    t('help.commands'),
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary[lang]}`),
    '',
    t('help.commonOptions'),
    ...optionLines({ ...COMMON_OPTIONS, version: { type: 'boolean', help: bothLanguages('option.version') } }, lang),
    '',
    t('help.exitStatus'),
    t('help.commandHelp', { program: PROGRAM }),
    '',
  ].join('\n');
}
