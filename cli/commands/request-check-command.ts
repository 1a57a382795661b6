import type { CommandSpec } from '../command';
import { bothLanguages } from '../i18n/i18n';
import { loadX509Command } from './load-x509-command';

export const requestCheckCommand: CommandSpec = {
  name: 'request check',
  summary: bothLanguages('request.check.summary'),
  usage: 'REQUEST_FILE [--list LIST] [--json]',
  positionals: { name: 'REQUEST_FILE', min: 1, max: 1 },
  options: {
    list: { type: 'string', valueName: 'LIST', help: bothLanguages('request.option.checkList') },
    json: { type: 'boolean', help: bothLanguages('option.json') },
  },
  notes: [bothLanguages('request.note.check')],
  examples: ['request check 失効申請_20261101.tsv --list serverAll.tsv', 'request check renewal-request_20261101.tsv --json'],
  run: async (context) => (await loadX509Command(() => import('./request-check'))).check(context),
};
