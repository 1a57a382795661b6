import { STATUS_FILTERS } from '../../shared/query/filter';
import { DEFAULT_EXPIRING_DAYS } from '../../shared/query/record-state';
import type { CommandSpec } from '../command';
import { bothLanguages } from '../i18n/i18n';

/** `upki-tsv list`: the records of a list, filtered, as a table or JSON. */
export const listCommand: CommandSpec = {
  name: 'list',
  summary: bothLanguages('list.summary'),
  usage: 'FILE [--filter TEXT] [--status S] [--within DAYS] [--expires-from DATE] [--expires-to DATE] [--issuer TEXT] [--current] [--replaced-not-revoked] [--group-by admin [--mail-text]] [--json] [--csv OUT.csv] [--ics OUT.ics]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    filter: { type: 'string', valueName: 'TEXT', help: bothLanguages('list.option.filter') },
    status: {
      type: 'string',
      multiple: true,
      valueName: 'S',
      help: bothLanguages('list.option.status', { filters: STATUS_FILTERS.join('|') }),
    },
    within: { type: 'string', valueName: 'DAYS', help: bothLanguages('option.within', { days: DEFAULT_EXPIRING_DAYS }) },
    'expires-from': { type: 'string', valueName: 'DATE', help: bothLanguages('list.option.expiresFrom') },
    'expires-to': { type: 'string', valueName: 'DATE', help: bothLanguages('list.option.expiresTo') },
    issuer: { type: 'string', valueName: 'TEXT', help: bothLanguages('list.option.issuer') },
    current: { type: 'boolean', help: bothLanguages('list.option.current') },
    'replaced-not-revoked': { type: 'boolean', help: bothLanguages('list.option.replacedNotRevoked') },
    json: { type: 'boolean', help: bothLanguages('option.json') },
    csv: { type: 'string', valueName: 'OUT.csv', help: bothLanguages('list.option.csv') },
    ics: { type: 'string', valueName: 'OUT.ics', help: bothLanguages('list.option.ics') },
    'group-by': { type: 'string', valueName: 'admin', help: bothLanguages('list.option.groupBy') },
    'mail-text': { type: 'boolean', help: bothLanguages('list.option.mailText') },
    'show-secrets': { type: 'boolean', help: bothLanguages('option.showSecrets') },
  },
  examples: [
    'list serverAll.tsv',
    'list serverAll.tsv --filter www.example.ac.jp',
    'list serverAll.tsv --status expiring,expired --current',
    'list serverAll.tsv --status expiring --within 60 --json',
    'list serverAll.tsv --current --status valid,expiring --within 60 --ics renewals.ics',
    'list serverAll.tsv --replaced-not-revoked',
    'list serverAll.tsv --current --expires-from 2027-04-01 --expires-to 2027-06-30 --issuer "G8 RSA"',
    'list serverAll.tsv --current --status expiring --within 90 --group-by admin --mail-text',
  ],
  run: async (context) => (await import('./list')).run(context),
};
