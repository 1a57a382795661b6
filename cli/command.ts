import type { Lang, LocalizedText } from '../shared/model/localized-text';
import type { ExitCode } from './cli-error';
import { bothLanguages } from './i18n/i18n';

/** One option of a command: its type, optional one-letter alias, value placeholder and help line. */
export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** May be given several times (values collected into an array). */
  readonly multiple?: boolean;
  /** Placeholder shown in help, e.g. "TEXT", "DIR". */
  readonly valueName?: string;
  readonly help: LocalizedText;
}

/** A command's options by long name (without the dashes). Adding an option is one entry here. */
export type OptionTable = Readonly<Record<string, OptionSpec>>;

/** Parsed option values by long name. */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** Where the command writes and what it may read of its surroundings. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /**
   * Asks for a secret on the terminal without echo (the prompt goes to stderr); resolves null when
   * the user gives up (Ctrl-C, Ctrl-D). Absent when stdin is not a terminal: nothing is ever read from a pipe.
   */
  readonly readSecret?: (prompt: string) => Promise<string | null>;
}

/** What a command's run function gets. */
export interface CommandContext {
  readonly lang: Lang;
  readonly values: OptionValues;
  readonly positionals: readonly string[];
  readonly io: CliIo;
  /** The instant every validity judgement uses, epoch ms. */
  readonly now: number;
}

/** A sub-command: name, help texts, positional arguments, option table, and what it does. */
export interface CommandSpec {
  readonly name: string;
  readonly summary: LocalizedText;
  /** Arguments after the command name in the usage line, e.g. "FILE (--id ID | --serial SERIAL)". */
  readonly usage: string;
  readonly positionals: { readonly name: string; readonly min: number; readonly max: number | null };
  readonly options: OptionTable;
  readonly examples: readonly string[];
  /** Paragraphs printed in the command's --help after the options (e.g. what the exit status means). */
  readonly notes?: readonly LocalizedText[];
  /**
   * What the command does. The spec (cli/commands/*-command.ts: help texts and options only) loads the
   * implementation with import() here, so the program help and the other commands never evaluate its
   * code (the x509 library, the bundled CAs…): issue 13, a fast cold start.
   */
  readonly run: (context: CommandContext) => Promise<ExitCode>;
}

/**
 * A command made of sub-commands (`upki-tsv request revoke …`): its name and summary for the program
 * help, the sub-commands (each a CommandSpec named "request revoke"), and what its own --help adds.
 */
export interface CommandGroup {
  readonly name: string;
  readonly summary: LocalizedText;
  /** Placeholder for the sub-command in the group's usage line, e.g. "SUBCOMMAND". */
  readonly usage: string;
  readonly subcommands: readonly CommandSpec[];
  readonly notes?: readonly LocalizedText[];
  readonly examples: readonly string[];
}

/** A program command: one that runs, or a group whose first argument names the sub-command to run. */
export type Command = CommandSpec | CommandGroup;

/** True for a group of sub-commands. */
export function isCommandGroup(command: Command): command is CommandGroup {
  return 'subcommands' in command;
}

/** The word a sub-command is called by: "revoke" for "request revoke". */
export function subcommandWord(spec: CommandSpec): string {
  return spec.name.slice(spec.name.lastIndexOf(' ') + 1);
}

/** Options every command accepts. */
export const COMMON_OPTIONS: OptionTable = {
  lang: { type: 'string', valueName: 'ja|en', help: bothLanguages('option.lang') },
  now: { type: 'string', valueName: 'DATETIME', help: bothLanguages('option.now') },
  help: { type: 'boolean', short: 'h', help: bothLanguages('option.help') },
};

/** The value of a string option, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  const last = Array.isArray(value) ? value.at(-1) : value;
  return typeof last === 'string' ? last : undefined;
}

/** Every value of a string option that may repeat (also comma-separated), trimmed, empty ones dropped. */
export function listOption(values: OptionValues, name: string): string[] {
  const value = values[name];
  const raw = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
  return raw.flatMap((item) => item.split(',')).map((item) => item.trim()).filter((item) => item !== '');
}

/** True when a boolean option was given. */
export function flagOption(values: OptionValues, name: string): boolean {
  return values[name] === true;
}
