import { DEFAULT_EXPIRING_DAYS } from '../shared/query/record-state';
import { usageError } from './cli-error';
import { stringOption, type CommandContext } from './command';
import { text } from './lang';

/** The --within value: the expiring window in whole days (default DEFAULT_EXPIRING_DAYS); a usage error unless 0 or more. */
export function withinDaysOption(context: CommandContext, command: string): number {
  const value = stringOption(context.values, 'within');
  if (value === undefined) return DEFAULT_EXPIRING_DAYS;
  if (!/^\d{1,5}$/.test(value.trim())) throw usageError(text(`--within には 0 以上の日数を指定してください: ${value}`, `--within takes a number of days, 0 or more: ${value}`), command);
  return Number(value.trim());
}
