import { basename } from 'node:path';
import { matchKey } from '../shared/diagnostics/key-match';
import type { Finding } from '../shared/model/finding';
import { MAX_CERTIFICATE_FILE_BYTES } from '../shared/model/limits';
import { inputError, usageError } from './cli-error';
import { stringOption, type CommandContext } from './command';
import { readInputFile } from './files-or-exit';
import { bothLanguages, formatMessage, translator } from './i18n/i18n';

/** The --key file as matchKey takes it, and the passphrase to open it with (never from argv). */
export interface KeyInput {
  readonly path: string;
  readonly file: { readonly name: string; readonly bytes: Uint8Array };
  readonly passphrase: string | undefined;
}

// An environment variable name (POSIX: letters, digits, underscore, not starting with a digit).
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PROMPT_ATTEMPTS = 3;
// Key-file findings that mean the file is no key or CSR at all: the command cannot do what was asked (exit 1).
const UNREADABLE = new Set(['key-unreadable', 'key-file-is-certificate']);

/**
 * The passphrase named by --passphrase-env. The value of the option is a variable NAME; it is never
 * echoed in messages, because someone who typed the passphrase itself there must not see it printed again.
 */
function passphraseFromEnvironment(context: CommandContext): { given: boolean; value: string | undefined } {
  const name = stringOption(context.values, 'passphrase-env');
  if (name === undefined) return { given: false, value: undefined };
  if (!VARIABLE_NAME.test(name)) {
    throw usageError(bothLanguages('key.passphraseEnvNotAName'), 'inspect');
  }
  const value = context.io.env[name];
  if (value === undefined || value === '') {
    context.io.stderr(`upki-tsv: ${formatMessage(context.lang, 'key.passphraseVariableEmpty')}\n`);
  }
  return { given: true, value: value === '' ? undefined : value };
}

/** What the key file says without a certificate to compare: null when it was read, else its finding. */
async function probe(file: KeyInput['file'], passphrase: string | undefined): Promise<Finding | null> {
  const result = await matchKey(new Uint8Array(0), file, passphrase);
  return result.source === null ? result.finding : null;
}

/**
 * Reads the --key file (a private key in any supported form, or a CSR) and settles its passphrase:
 * from the variable named by --passphrase-env, else, when the key is encrypted and stdin is a
 * terminal, from a prompt without echo (up to three tries). A file that cannot be read, is over the
 * certificate-file limit, or is no key or CSR, ends the command with exit 1. Returns null without --key.
 */
export async function loadKey(context: CommandContext): Promise<KeyInput | null> {
  const path = stringOption(context.values, 'key');
  if (path === undefined) {
    if (stringOption(context.values, 'passphrase-env') !== undefined) throw usageError(bothLanguages('key.passphraseEnvWithoutKey'), 'inspect');
    return null;
  }
  const environment = passphraseFromEnvironment(context);
  const file = { name: basename(path), bytes: await readInputFile(path, context.io.cwd, MAX_CERTIFICATE_FILE_BYTES) };
  let passphrase = environment.value;
  let problem = await probe(file, passphrase);
  if (problem && UNREADABLE.has(problem.code)) {
    throw inputError(bothLanguages('key.unreadable', { file: path, code: problem.code }));
  }
  const { readSecret } = context.io;
  const t = translator(context.lang);
  for (let attempt = 0; readSecret && !environment.given && attempt < PROMPT_ATTEMPTS; attempt++) {
    if (problem?.code !== 'key-passphrase-required' && problem?.code !== 'key-passphrase-wrong') break;
    if (problem.code === 'key-passphrase-wrong') context.io.stderr(`${t('key.wrongPassphrase')}\n`);
    const typed = await readSecret(t('key.passphrasePrompt', { file: path }));
    if (typed === null || typed === '') break;
    passphrase = typed;
    problem = await probe(file, passphrase);
  }
  return { path, file, passphrase };
}
