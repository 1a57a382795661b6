import type { Lang } from '../shared/model/localized-text';
import packageJson from '../package.json';
import { parseJstDateTime } from '../shared/time/japan-time';
import { CliError, usageError, type ExitCode } from './cli-error';
import { COMMON_OPTIONS, isCommandGroup, stringOption, subcommandWord, type CliIo, type Command, type CommandGroup, type CommandSpec } from './command';
import { exportCommand } from './commands/export-command';
import { inspectCommand } from './commands/inspect-command';
import { listCommand } from './commands/list-command';
import { requestCommand } from './commands/request-command';
import { showCommand } from './commands/show-command';
import { commandHelp, groupHelp, PROGRAM, programHelp } from './help';
import { bothLanguages, formatMessage, isLang } from './i18n/i18n';
import { langFromEnvironment } from './lang';
import { printable } from './output/text-width';
import { parseCommandArgs } from './parse-args';

/** Every command, in the order the program help lists them. */
export const COMMANDS: readonly Command[] = [listCommand, showCommand, exportCommand, inspectCommand, requestCommand];

/** The --lang value wherever it stands (`--lang en` or `--lang=en`), else the locale's language; usage error for another value. */
function chooseLang(argv: readonly string[], env: CliIo['env']): Lang {
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg === '--lang') chosen = argv[++i] ?? '';
    else if (arg.startsWith('--lang=')) chosen = arg.slice('--lang='.length);
  }
  const fallback = langFromEnvironment(env);
  if (chosen === undefined) return fallback;
  if (!isLang(chosen)) throw usageError(bothLanguages('run.langInvalid', { value: chosen }), null);
  return chosen;
}

/** The position of the command name: the first argument that is neither an option nor the value of --lang. */
function commandPosition(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--lang') i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

/** The instant to judge validity at: --now (read like the TSV's dates: no zone means Japan time), else the clock. */
function nowOption(value: string | undefined, command: string): number {
  if (value === undefined) return Date.now();
  const parsed = parseJstDateTime(value);
  if (parsed === null) throw usageError(bothLanguages('run.nowUnreadable', { value }), command);
  return parsed;
}

/** Writes a CLI error: one line, plus a hint at --help for usage errors. */
function reportError(error: CliError, lang: Lang, io: CliIo): ExitCode {
  io.stderr(`${PROGRAM}: ${printable(error.text[lang])}\n`);
  if (error.exitCode === 2) {
    const help = error.helpFor === null ? `${PROGRAM} --help` : `${PROGRAM} ${error.helpFor} --help`;
    io.stderr(`${formatMessage(lang, 'run.usageHint', { help })}\n`);
  }
  return error.exitCode;
}

async function dispatch(argv: readonly string[], io: CliIo, lang: Lang): Promise<ExitCode> {
  const position = commandPosition(argv);
  if (position === -1) {
    if (argv.includes('--version') || argv.includes('-V')) {
      io.stdout(`${PROGRAM} ${packageJson.version}\n`);
      return 0;
    }
    if (argv.includes('--help') || argv.includes('-h')) {
      io.stdout(programHelp(COMMANDS, lang));
      return 0;
    }
    const stray = argv.find((arg) => arg.startsWith('-') && !arg.startsWith('--lang'));
    if (stray) throw usageError(bothLanguages('usage.unknownOption', { option: stray }), null);
    io.stderr(programHelp(COMMANDS, lang));
    throw usageError(bothLanguages('run.noCommand'), null);
  }
  const name = argv[position]!;
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) throw usageError(bothLanguages('run.unknownCommand', { command: name, commands: COMMANDS.map((c) => c.name).join(', ') }), null);
  const rest = [...argv.slice(0, position), ...argv.slice(position + 1)];
  return isCommandGroup(command) ? dispatchGroup(command, rest, io, lang) : runCommand(command, rest, io, lang);
}

/** The position of a group's sub-command: the first argument that is neither an option nor the value of a common option (--lang, --now). */
function subcommandPosition(args: readonly string[]): number {
  const takesValue = new Set(Object.entries(COMMON_OPTIONS).filter(([, spec]) => spec.type === 'string').map(([name]) => `--${name}`));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return -1;
    if (takesValue.has(arg)) i++;
    else if (!arg.startsWith('-')) return i;
  }
  return -1;
}

/** Runs the sub-command a group's first argument names; the group's help for --help without one, a usage error for none or an unknown one. */
async function dispatchGroup(group: CommandGroup, args: readonly string[], io: CliIo, lang: Lang): Promise<ExitCode> {
  const position = subcommandPosition(args);
  const words = group.subcommands.map(subcommandWord);
  if (position === -1) {
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(groupHelp(group, lang));
      return 0;
    }
    throw usageError(bothLanguages('run.noSubcommand', { command: group.name, subcommands: words.join(', ') }), group.name);
  }
  const word = args[position]!;
  const spec = group.subcommands[words.indexOf(word)];
  if (!spec) throw usageError(bothLanguages('run.unknownSubcommand', { command: group.name, subcommand: word, subcommands: words.join(', ') }), group.name);
  return runCommand(spec, [...args.slice(0, position), ...args.slice(position + 1)], io, lang);
}

/** Parses a command's arguments and runs it (or prints its help). */
async function runCommand(spec: CommandSpec, args: readonly string[], io: CliIo, lang: Lang): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs(spec, args);
  if (values.help === true) {
    io.stdout(commandHelp(spec, lang));
    return 0;
  }
  return spec.run({ lang, values, positionals, io, now: nowOption(stringOption(values, 'now'), spec.name) });
}

/**
 * Runs the upki-tsv program on its arguments and returns the exit status. Never throws: every
 * failure becomes one line on stderr (no stack trace) and status 1 (input) or 2 (usage).
 */
export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let lang: Lang = langFromEnvironment(io.env);
  try {
    lang = chooseLang(argv, io.env);
    return await dispatch(argv, io, lang);
  } catch (error) {
    if (error instanceof CliError) return reportError(error, lang, io);
    const detail = error instanceof Error ? error.message : String(error);
    io.stderr(`${PROGRAM}: ${formatMessage(lang, 'run.internalError', { detail: printable(detail.split('\n')[0] ?? '') })}\n`);
    return 1;
  }
}
