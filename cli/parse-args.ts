import type { ParseArgsConfig } from 'node:util';
import type { LocalizedText } from '../shared/model/localized-text';
import { usageError } from './cli-error';
import { COMMON_OPTIONS, type CommandSpec, type OptionTable, type OptionValues } from './command';
import { bothLanguages } from './i18n/i18n';

// node:util as a plain module object, not through `import … from 'node:util'`: Node's ES module view of a
// built-in reads every export once, and util's lazy ones (TextDecoder, diff…) load several internal modules —
// about a tenth of every command's start (issue 13, cold start).
const { parseArgs } = process.getBuiltinModule('node:util');

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
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return bothLanguages('usage.unknownOption', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    if (/does not take an argument/.test(message)) return bothLanguages('usage.optionTakesNoValue', { option });
    if (/ambiguous/.test(message)) return bothLanguages('usage.optionValueLooksLikeOption', { option });
    return bothLanguages('usage.optionNeedsValue', { option });
  }
  return bothLanguages('usage.unreadableArguments', { message });
}

type Token = { readonly kind: string; readonly index: number; readonly name?: string; readonly value?: string };

/**
 * Lets a repeatable option take several words after one flag (`--id 1 2 3`, `--san a b`) as well as
 * one flag per value: positionals that come straight after such an option's value are moved into it,
 * first ones first, but only as many as are surplus to the command's positionals, so that
 * `revoke --id 1 serverAll.tsv` still reads serverAll.tsv as the list.
 */
function absorbListedValues(spec: CommandSpec, tokens: readonly Token[], parsed: { values: OptionValues; positionals: string[] }): { values: OptionValues; positionals: string[] } {
  const max = spec.positionals.max;
  let surplus = max === null ? 0 : parsed.positionals.length - max;
  if (surplus <= 0) return parsed;
  const values: Record<string, OptionValues[string]> = { ...parsed.values };
  const absorbed = new Set<number>();
  let listing: string | null = null;
  let positional = -1;
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positional++;
      if (listing !== null && surplus > 0) {
        values[listing] = [...(values[listing] as string[]), token.value!];
        absorbed.add(positional);
        surplus--;
      } else {
        listing = null;
      }
    } else if (token.kind === 'option') {
      listing = spec.options[token.name!]?.multiple === true && token.value !== undefined ? token.name! : null;
    } else {
      listing = null;
    }
  }
  return { values, positionals: parsed.positionals.filter((_, index) => !absorbed.has(index)) };
}

/**
 * Parses the arguments after the command name against the command's option table (plus --lang and
 * --help). Unknown options, missing values and a wrong number of positionals are usage errors (exit 2).
 * With --help the positional count is not checked.
 */
export function parseCommandArgs(spec: CommandSpec, args: readonly string[]): { values: OptionValues; positionals: string[] } {
  let parsed: { values: OptionValues; positionals: string[] };
  try {
    const result = parseArgs({ args: [...args], options: toParseArgsOptions({ ...COMMON_OPTIONS, ...spec.options }), allowPositionals: true, strict: true, tokens: true });
    parsed = absorbListedValues(spec, result.tokens as Token[], { values: result.values as OptionValues, positionals: result.positionals });
  } catch (error) {
    throw usageError(describeParseError(error), spec.name);
  }
  if (parsed.values.help === true) return parsed;
  const { name, min, max } = spec.positionals;
  if (parsed.positionals.length < min) throw usageError(bothLanguages('usage.missingArgument', { name }), spec.name);
  if (max !== null && parsed.positionals.length > max) {
    const extra = parsed.positionals[max]!;
    throw usageError(bothLanguages('usage.extraArgument', { argument: extra }), spec.name);
  }
  return parsed;
}
