import { DEFAULT_EXPIRING_DAYS } from '../../shared/query/record-state';
import type { CommandSpec } from '../command';
import { bothLanguages } from '../i18n/i18n';
import { loadX509Command } from './load-x509-command';

/** `upki-tsv show`: the findings, every field of one record and its decoded certificate with PEM. */
export const showCommand: CommandSpec = {
  name: 'show',
  summary: bothLanguages('show.summary'),
  usage: 'FILE (--id ID | --serial SERIAL) [--within DAYS] [--json]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    id: { type: 'string', valueName: 'ID', help: bothLanguages('show.option.id') },
    serial: { type: 'string', valueName: 'SERIAL', help: bothLanguages('show.option.serial') },
    within: { type: 'string', valueName: 'DAYS', help: bothLanguages('option.within', { days: DEFAULT_EXPIRING_DAYS }) },
    json: { type: 'boolean', help: bothLanguages('option.json') },
    'show-secrets': { type: 'boolean', help: bothLanguages('option.showSecrets') },
  },
  examples: ['show serverAll.tsv --id 12345', 'show serverAll.tsv --serial 0x38DA4F… --json'],
  run: async (context) => (await loadX509Command(() => import('./show'))).run(context),
};
