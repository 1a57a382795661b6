import type { CommandSpec } from '../command';
import { bothLanguages } from '../i18n/i18n';
import { loadX509Command } from './load-x509-command';

/** `upki-tsv export`: writes one certificate file (the current one for an FQDN, or one record's), and on request its chain files. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary: bothLanguages('export.summary'),
  usage: 'FILE (--fqdn NAME | --id ID) [--chain] [--fullchain] [--p7b] [--ca CAFILE]… [--out DIR] [--format pem|der] [--crlf] [--force]',
  positionals: { name: 'FILE', min: 1, max: 1 },
  options: {
    fqdn: { type: 'string', valueName: 'NAME', help: bothLanguages('export.option.fqdn') },
    id: { type: 'string', valueName: 'ID', help: bothLanguages('export.option.id') },
    out: { type: 'string', valueName: 'DIR', help: bothLanguages('export.option.out') },
    format: { type: 'string', valueName: 'pem|der', help: bothLanguages('export.option.format') },
    chain: { type: 'boolean', help: bothLanguages('export.option.chain') },
    fullchain: { type: 'boolean', help: bothLanguages('export.option.fullchain') },
    p7b: { type: 'boolean', help: bothLanguages('export.option.p7b') },
    ca: { type: 'string', multiple: true, valueName: 'CAFILE', help: bothLanguages('export.option.ca') },
    crlf: { type: 'boolean', help: bothLanguages('export.option.crlf') },
    force: { type: 'boolean', help: bothLanguages('export.option.force') },
  },
  notes: [bothLanguages('export.note.notCurrent'), bothLanguages('export.note.chain')],
  examples: [
    'export serverAll.tsv --fqdn www.example.ac.jp',
    'export serverAll.tsv --fqdn www.example.ac.jp --fullchain --chain',
    'export serverAll.tsv --id 12345 --out ./certs --p7b --ca nii-odca4g7rsa.cer',
  ],
  run: async (context) => (await loadX509Command(() => import('./export'))).run(context),
};
