import { DEFAULT_EXPIRING_DAYS } from '../shared/query/record-state';
import { usageError } from './cli-error';
import { stringOption, type CommandContext } from './command';
import { bothLanguages } from './i18n/i18n';

/** The --within value: the expiring window in whole days (default DEFAULT_EXPIRING_DAYS); a usage error unless 0 or more. */
export function withinDaysOption(context: CommandContext, command: string): number {
  const value = stringOption(context.values, 'within');
  if (value === undefined) return DEFAULT_EXPIRING_DAYS;
  if (!/^\d{1,5}$/.test(value.trim())) throw usageError(bothLanguages('option.withinInvalid', { value }), command);
  return Number(value.trim());
}
