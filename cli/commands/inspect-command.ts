import type { CommandSpec } from '../command';
import { bothLanguages } from '../i18n/i18n';
import { loadX509Command } from './load-x509-command';

/** `upki-tsv inspect`: reads certificate files (repairing damaged PEM) and reports each certificate with its findings. */
export const inspectCommand: CommandSpec = {
  name: 'inspect',
  summary: bothLanguages('inspect.summary'),
  notes: [bothLanguages('inspect.note.repair'), bothLanguages('inspect.note.exitStatus')],
  usage: 'FILE… [--host NAME] [--key KEYFILE [--passphrase-env VAR]] [--ca CAFILE]… [--crl CRLFILE]… [--json]',
  positionals: { name: 'FILE', min: 1, max: null },
  options: {
    host: { type: 'string', valueName: 'NAME', help: bothLanguages('inspect.option.host') },
    key: { type: 'string', valueName: 'KEYFILE', help: bothLanguages('inspect.option.key') },
    'passphrase-env': { type: 'string', valueName: 'VAR', help: bothLanguages('inspect.option.passphraseEnv') },
    ca: { type: 'string', multiple: true, valueName: 'CAFILE', help: bothLanguages('inspect.option.ca') },
    crl: { type: 'string', multiple: true, valueName: 'CRLFILE', help: bothLanguages('inspect.option.crl') },
    json: { type: 'boolean', help: bothLanguages('option.json') },
  },
  examples: [
    'inspect server.crt',
    'inspect fullchain.pem --host www.example.ac.jp --key server.key',
    'inspect server.crt --key server.key --passphrase-env KEYPASS',
    'inspect server.crt --ca nii-odca4g7rsa.cer --crl nii-odca4g7rsa.crl --json',
  ],
  run: async (context) => (await loadX509Command(() => import('./inspect'))).run(context),
};
