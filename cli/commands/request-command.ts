import type { CommandGroup } from '../command';
import { bothLanguages } from '../i18n/i18n';
import { requestIssueCommand, requestRenewCommand, requestRevokeCommand } from './request-build-command';
import { requestCheckCommand } from './request-check-command';

/**
 * `upki-tsv request`: NII's request files (申請TSV, docs/request-files.md) built from the list and
 * CSRs (revoke, renew, issue) and checked (check). Each sub-command has its own options and --help.
 */
export const requestCommand: CommandGroup = {
  name: 'request',
  summary: bothLanguages('request.summary'),
  usage: 'revoke|renew|issue|check …',
  subcommands: [requestRevokeCommand, requestRenewCommand, requestIssueCommand, requestCheckCommand],
  notes: [bothLanguages('request.note.files')],
  examples: [
    'request revoke serverAll.tsv --id 10230113 --reason 5 --out ./requests',
    'request renew serverAll.tsv --id 10230113 --csr www.csr --out ./requests',
    'request issue --csr newhost.csr --mail admin@example.ac.jp --software nginx1.24 --list serverAll.tsv',
    'request check 失効申請_20261101.tsv --list serverAll.tsv',
  ],
};
