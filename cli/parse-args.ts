import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { LocalizedText } from '../shared/model/localized-text';
import { usageError } from './cli-error';
import { COMMON_OPTIONS, type CommandSpec, type OptionTable, type OptionValues } from './command';
import { text } from './lang';

/** The node:util parseArgs option config for an option table. */
function toParseArgsOptions(table: OptionTable): NonNullable<ParseArgsConfig['options']> {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, spec] of Object.entries(table)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}), ...(spec.multiple ? { multiple: true } : {}) };
  }
  return options;
}

/** A localized sentence for a node:util parseArgs error (its English message is kept for the rest). */
function describeParseError(error: unknown): LocalizedText {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return text(`不明なオプションです: ${option}`, `unknown option: ${option}`);
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return text(`${option} は値を取りません`, `${option} does not take a value`);
    if (/ambiguous/.test(message)) return text(`${option} の値が - で始まっています。${option}=値 の形で指定してください`, `the value of ${option} starts with "-"; write ${option}=VALUE`);
    return text(`${option} には値が必要です`, `${option} needs a value`);
  }
  return text(`引数を解釈できません: ${message}`, `cannot read the arguments: ${message}`);
}

/**
 * Parses the arguments after the command name against the command's option table (plus --lang and
 * --help). Unknown options, missing values and a wrong number of positionals are usage errors (exit 2).
 * With --help the positional count is not checked.
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): { values: OptionValues; positionals: string[] } {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...args], options: toParseArgsOptions({ ...COMMON_OPTIONS, ...spec.options }), allowPositionals: true, strict: true });
  } catch (error) {
    throw usageError(describeParseError(error), spec.name);
  }
  if (parsed.values.help === true) return parsed;
  const { name, min, max } = spec.positionals;
  if (parsed.positionals.length < min) throw usageError(text(`${name} を指定してください`, `${name} is missing`), spec.name);
  if (max !== null && parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    throw usageError(text(`余分な引数があります: ${extra}`, `unexpected argument: ${extra}`), spec.name);
  }
  return parsed;
}
