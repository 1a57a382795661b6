import type { Lang } from '../../shared/model/localized-text';
import { REQUEST_REASONS } from '../../shared/request/request-format';
import type { CommandSpec, OptionTable } from '../command';
import { bothLanguages, eachLanguage, formatMessage } from '../i18n/i18n';
import { loadX509Command } from './load-x509-command';

/** The options every builder takes: where to write, overwriting, JSON. */
const OUTPUT_OPTIONS: OptionTable = {
  out: { type: 'string', valueName: 'DIR', help: bothLanguages('request.option.out') },
  force: { type: 'boolean', help: bothLanguages('request.option.force') },
  json: { type: 'boolean', help: bothLanguages('request.option.buildJson') },
};

/** "0 未定義、1 鍵の危殆化、…": the reasons a request may carry, in `lang`. */
function reasonList(lang: Lang): string {
  return REQUEST_REASONS.map((reason) => `${reason.code} ${reason.label[lang]}`).join(formatMessage(lang, 'request.listSeparator'));
}

const BUILD_NOTE = bothLanguages('request.note.build');

export const requestRevokeCommand: CommandSpec = {
  name: 'request revoke',
  summary: bothLanguages('request.revoke.summary'),
  usage: 'LIST --id ID… --reason 0|1|3|4|5 [--comment TEXT] [--confirm-key-compromise] [--out DIR] [--force] [--json]',
  positionals: { name: 'LIST', min: 1, max: 1 },
  options: {
    id: { type: 'string', multiple: true, valueName: 'ID', help: bothLanguages('request.option.revokeId') },
    reason: { type: 'string', valueName: '0|1|3|4|5', help: bothLanguages('request.option.reason') },
    comment: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.comment') },
    'confirm-key-compromise': { type: 'boolean', help: bothLanguages('request.option.confirmKeyCompromise') },
    ...OUTPUT_OPTIONS,
  },
  notes: [eachLanguage((lang) => formatMessage(lang, 'request.note.reasons', { reasons: reasonList(lang) })), BUILD_NOTE],
  examples: [
    'request revoke serverAll.tsv --id 10230113 --reason 5 --out ./requests',
    'request revoke serverAll.tsv --id 10230113,10230079 --reason 0 --comment "サーバ廃止のため"',
    'request revoke serverAll.tsv --id 10230113 --reason 1 --confirm-key-compromise --json',
  ],
  run: async (context) => (await loadX509Command(() => import('./request-build'))).revoke(context),
};

export const requestRenewCommand: CommandSpec = {
  name: 'request renew',
  summary: bothLanguages('request.renew.summary'),
  usage: 'LIST --id ID --csr FILE [--mail ADDR] [--name TEXT] [--dept TEXT] [--software TEXT] [--san HOST…] [--out DIR] [--force] [--json]',
  positionals: { name: 'LIST', min: 1, max: 1 },
  options: {
    id: { type: 'string', valueName: 'ID', help: bothLanguages('request.option.renewId') },
    csr: { type: 'string', valueName: 'FILE', help: bothLanguages('request.option.renewCsr') },
    mail: { type: 'string', valueName: 'ADDR', help: bothLanguages('request.option.renewMail') },
    software: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.renewSoftware') },
    name: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.renewName') },
    dept: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.renewDept') },
    san: { type: 'string', multiple: true, valueName: 'HOST', help: bothLanguages('request.option.renewSan') },
    ...OUTPUT_OPTIONS,
  },
  notes: [bothLanguages('request.note.renew'), BUILD_NOTE],
  examples: ['request renew serverAll.tsv --id 10230113 --csr www.csr --out ./requests', 'request renew serverAll.tsv --id 10230113 --csr www.csr --software nginx1.26 --san www.eng.example.ac.jp,eng.example.ac.jp'],
  run: async (context) => (await loadX509Command(() => import('./request-build'))).renew(context),
};

export const requestIssueCommand: CommandSpec = {
  name: 'request issue',
  summary: bothLanguages('request.issue.summary'),
  usage: '--csr FILE --mail ADDR --software TEXT [--name TEXT] [--dept TEXT] [--san HOST…] [--list LIST] [--out DIR] [--force] [--json]',
  positionals: { name: 'FILE', min: 0, max: 0 },
  options: {
    csr: { type: 'string', valueName: 'FILE', help: bothLanguages('request.option.issueCsr') },
    mail: { type: 'string', valueName: 'ADDR', help: bothLanguages('request.option.issueMail') },
    software: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.issueSoftware') },
    name: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.issueName') },
    dept: { type: 'string', valueName: 'TEXT', help: bothLanguages('request.option.issueDept') },
    san: { type: 'string', multiple: true, valueName: 'HOST', help: bothLanguages('request.option.issueSan') },
    list: { type: 'string', valueName: 'LIST', help: bothLanguages('request.option.issueList') },
    ...OUTPUT_OPTIONS,
  },
  notes: [bothLanguages('request.note.issue'), BUILD_NOTE],
  examples: ['request issue --csr newhost.csr --mail admin@example.ac.jp --software nginx1.24 --list serverAll.tsv', 'request issue --csr newhost.csr --mail admin@example.ac.jp --software "Apache 2.4" --san newhost.example.ac.jp,alias.example.ac.jp'],
  run: async (context) => (await loadX509Command(() => import('./request-build'))).issue(context),
};
