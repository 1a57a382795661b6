import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../../shared/model/localized-text';
import { FIXTURES_DIR, readManifest } from '../../support/manifest';
import { tempFolder } from '../../support/temp-folder';
import { NOW_TEXT, writeList, type GeneratedList } from './list-file';
import { IDS, writeStandardList } from './standard-list';
import { stableTranscript, transcriptOf } from './transcript';

/*
 * Golden transcripts of the command line in both languages: every help text, every usage and input
 * error, and the text output of each command. They pin the CLI's wording byte for byte, so moving the
 * texts into the catalogue (cli/i18n) cannot change a word. A deliberate change of wording or layout
 * is accepted with `npx vitest run -u test/unit/cli/wording-golden.test.ts` and reviewed in the diff.
 */

/** Where a case runs: next to the generated standard list, the fixtures, or a list with duplicate IDs. */
type Place = 'standard' | 'fixtures' | 'duplicates';

interface GoldenCase {
  readonly name: string;
  readonly place: Place;
  /** Arguments; `<out>` stands for a fresh output folder of the case. */
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly secrets?: readonly string[];
  /** A file to put in the output folder first (to be refused without --force). */
  readonly existing?: string;
}

const REFERENCE = readManifest().referenceTime;
// The rows the request cases name, as the manifest gives them (request/ was built from tsv/serverAll.tsv).
const REQUEST_FILES = readManifest().request.files;
const REVOCABLE = REQUEST_FILES.find((file) => file.file === 'request/revoke-ok.tsv')!.lines.map((line) => line.applicationId!);
const RENEWED = REQUEST_FILES.find((file) => file.file === 'request/renew-ok.tsv')!.lines[0]!.applicationId!;
const REVOKED = readManifest().rows.find((row) => row.revoked && row.certificateId !== null)!.applicationId;
const NO_CERTIFICATE = readManifest().rows.find((row) => row.certificateId === null)!.applicationId;
const LOCALE: Readonly<Record<Lang, string>> = { ja: 'ja_JP.UTF-8', en: 'C' };

const CASES: readonly GoldenCase[] = [
  { name: 'program-help', place: 'standard', args: ['--help'] },
  { name: 'no-command', place: 'standard', args: [] },
  { name: 'unknown-option-before-command', place: 'standard', args: ['--bogus'] },
  { name: 'unknown-command', place: 'standard', args: ['frobnicate'] },
  { name: 'unknown-lang', place: 'standard', args: ['--lang', 'fr', 'list', 'serverAll.tsv'] },
  { name: 'list-help', place: 'standard', args: ['list', '--help'] },
  { name: 'show-help', place: 'standard', args: ['show', '--help'] },
  { name: 'export-help', place: 'standard', args: ['export', '--help'] },
  { name: 'inspect-help', place: 'standard', args: ['inspect', '--help'] },
  { name: 'missing-file-argument', place: 'standard', args: ['list'] },
  { name: 'extra-argument', place: 'standard', args: ['list', 'a.tsv', 'b.tsv'] },
  { name: 'unknown-option', place: 'standard', args: ['list', 'serverAll.tsv', '--bogus'] },
  { name: 'option-without-value', place: 'standard', args: ['list', 'serverAll.tsv', '--filter'] },
  { name: 'value-for-flag', place: 'standard', args: ['list', 'serverAll.tsv', '--json=yes'] },
  { name: 'value-like-option', place: 'standard', args: ['list', 'serverAll.tsv', '--filter', '-x'] },
  { name: 'unreadable-now', place: 'standard', args: ['list', 'serverAll.tsv', '--now', 'tomorrow'] },
  { name: 'unknown-status', place: 'standard', args: ['list', 'serverAll.tsv', '--status', 'bogus'] },
  { name: 'file-not-found', place: 'standard', args: ['list', 'nope.tsv'] },
  { name: 'file-is-folder', place: 'standard', args: ['list', '.'] },
  { name: 'not-a-list', place: 'fixtures', args: ['list', 'bad/empty.tsv'] },
  { name: 'list-with-row-problems', place: 'fixtures', args: ['list', 'bad/corrupt-cert.tsv', '--filter', 'no.such.host', '--now', REFERENCE] },
  { name: 'list', place: 'standard', args: ['list', 'serverAll.tsv', '--now', NOW_TEXT] },
  { name: 'list-current', place: 'standard', args: ['list', 'serverAll.tsv', '--current', '--now', NOW_TEXT] },
  { name: 'list-json', place: 'standard', args: ['list', 'serverAll.tsv', '--filter', 'soon', '--json', '--now', NOW_TEXT] },
  { name: 'show', place: 'standard', args: ['show', 'serverAll.tsv', '--id', IDS.wwwRenewed, '--now', NOW_TEXT] },
  { name: 'show-expired', place: 'standard', args: ['show', 'serverAll.tsv', '--id', IDS.wwwExpired, '--now', NOW_TEXT] },
  { name: 'show-without-certificate', place: 'standard', args: ['show', 'serverAll.tsv', '--id', IDS.pending, '--now', NOW_TEXT] },
  { name: 'show-no-match', place: 'standard', args: ['show', 'serverAll.tsv', '--id', 'NOPE'] },
  { name: 'show-both-selectors', place: 'standard', args: ['show', 'serverAll.tsv', '--id', IDS.pending, '--serial', '1'] },
  { name: 'show-bad-serial', place: 'standard', args: ['show', 'serverAll.tsv', '--serial', 'xyz'] },
  { name: 'show-several-matches', place: 'duplicates', args: ['show', 'serverAll.tsv', '--id', 'D001', '--now', NOW_TEXT] },
  { name: 'export-fqdn', place: 'standard', args: ['export', 'serverAll.tsv', '--fqdn', 'www.example.ac.jp', '--out', '<out>', '--now', NOW_TEXT] },
  { name: 'export-id-der', place: 'standard', args: ['export', 'serverAll.tsv', '--id', IDS.wildcard, '--format', 'der', '--out', '<out>', '--now', NOW_TEXT] },
  { name: 'export-existing', place: 'standard', args: ['export', 'serverAll.tsv', '--id', IDS.expiring, '--out', '<out>', '--now', NOW_TEXT], existing: 'soon.example.ac.jp.crt' },
  { name: 'export-no-selector', place: 'standard', args: ['export', 'serverAll.tsv'] },
  { name: 'export-bad-format', place: 'standard', args: ['export', 'serverAll.tsv', '--id', IDS.wildcard, '--format', 'xml'] },
  { name: 'export-ca-without-chain', place: 'standard', args: ['export', 'serverAll.tsv', '--id', IDS.wildcard, '--ca', 'x.pem'] },
  { name: 'export-unknown-id', place: 'standard', args: ['export', 'serverAll.tsv', '--id', 'NOPE', '--out', '<out>'] },
  { name: 'export-id-without-certificate', place: 'standard', args: ['export', 'serverAll.tsv', '--id', IDS.pending, '--out', '<out>'] },
  { name: 'export-revoked-only', place: 'standard', args: ['export', 'serverAll.tsv', '--fqdn', 'old.example.ac.jp', '--out', '<out>', '--now', NOW_TEXT] },
  { name: 'export-unknown-fqdn', place: 'standard', args: ['export', 'serverAll.tsv', '--fqdn', 'none.example.ac.jp', '--out', '<out>', '--now', NOW_TEXT] },
  { name: 'export-incomplete-chain', place: 'fixtures', args: ['export', 'tsv/serverAll.tsv', '--fqdn', 'www.example.ac.jp', '--chain', '--out', '<out>', '--now', REFERENCE] },
  {
    name: 'export-chain-files',
    place: 'fixtures',
    args: ['export', 'tsv/serverAll.tsv', '--fqdn', 'www.example.ac.jp', '--chain', '--fullchain', '--p7b', '--ca', 'ca/ca-g7-rsa.pem', '--ca', 'ca/ca-root-rsa.pem', '--out', '<out>', '--now', REFERENCE],
  },
  { name: 'export-ca-without-certificate', place: 'fixtures', args: ['export', 'tsv/serverAll.tsv', '--fqdn', 'www.example.ac.jp', '--chain', '--ca', 'keys/leaf-www-2025.key.pem', '--out', '<out>'] },
  { name: 'inspect', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--now', REFERENCE] },
  {
    name: 'inspect-everything',
    place: 'fixtures',
    args: ['inspect', 'certs/leaf-www-2025-with-intermediate.pem', '--ca', 'ca/ca-root-rsa.pem', '--host', 'www.example.ac.jp', '--key', 'keys/leaf-www-2025.key.pem', '--crl', 'diag/ca-g7-rsa.crl', '--now', REFERENCE],
  },
  { name: 'inspect-wrong-host-and-key', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--host', 'mail.example.ac.jp', '--key', 'diag/mismatched.key.pem', '--now', REFERENCE] },
  { name: 'inspect-repaired-pem', place: 'fixtures', args: ['inspect', 'diag/leaf-www-2025.glued-blocks.pem', 'diag/leaf-www-2025.chain-wrong-order.pem', '--now', REFERENCE] },
  { name: 'inspect-weak', place: 'fixtures', args: ['inspect', 'diag/diag-sha1.pem', 'diag/diag-rsa1024.pem', 'diag/diag-expired-issuer.pem', '--now', REFERENCE] },
  { name: 'inspect-not-a-certificate', place: 'fixtures', args: ['inspect', 'keys/leaf-www-2025.key.pem', 'nope.pem', '--now', REFERENCE] },
  { name: 'inspect-untrusted-crl', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--crl', 'diag/wrong-key.crl', '--now', REFERENCE] },
  { name: 'inspect-json', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--key', 'diag/leaf-www-2025.key.encrypted.pem', '--json', '--now', REFERENCE] },
  { name: 'inspect-key-prompt', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--key', 'diag/leaf-www-2025.key.encrypted.pem', '--now', REFERENCE], secrets: ['wrong'] },
  { name: 'inspect-passphrase-not-a-name', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--key', 'diag/leaf-www-2025.key.encrypted.pem', '--passphrase-env', 'my secret'] },
  {
    name: 'inspect-passphrase-unset',
    place: 'fixtures',
    args: ['inspect', 'certs/leaf-www-2025.pem', '--key', 'diag/leaf-www-2025.key.encrypted.pem', '--passphrase-env', 'KEYPASS', '--now', REFERENCE],
    env: { KEYPASS: '' },
  },
  { name: 'inspect-passphrase-without-key', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--passphrase-env', 'KEYPASS'] },
  { name: 'inspect-key-is-certificate', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--key', 'certs/leaf-www-2025.pem'] },
  { name: 'inspect-crl-not-a-crl', place: 'fixtures', args: ['inspect', 'certs/leaf-www-2025.pem', '--crl', 'certs/leaf-www-2025.pem'] },
  { name: 'request-help', place: 'standard', args: ['request', '--help'] },
  { name: 'request-revoke-help', place: 'standard', args: ['request', 'revoke', '--help'] },
  { name: 'request-renew-help', place: 'standard', args: ['request', 'renew', '--help'] },
  { name: 'request-issue-help', place: 'standard', args: ['request', 'issue', '--help'] },
  { name: 'request-check-help', place: 'standard', args: ['request', 'check', '--help'] },
  { name: 'request-no-subcommand', place: 'standard', args: ['request'] },
  { name: 'request-reason-not-a-number', place: 'standard', args: ['request', 'revoke', 'serverAll.tsv', '--id', '1', '--reason', 'five'] },
  { name: 'request-revoke', place: 'fixtures', args: ['request', 'revoke', 'tsv/serverAll.tsv', '--id', REVOCABLE.join(','), '--reason', '5', '--out', '<out>', '--now', REFERENCE] },
  { name: 'request-revoke-refused', place: 'fixtures', args: ['request', 'revoke', 'tsv/serverAll.tsv', '--id', `${REVOKED},${NO_CERTIFICATE},99999999`, '--reason', '1', '--out', '<out>', '--now', REFERENCE] },
  {
    name: 'request-renew-reused-key',
    place: 'fixtures',
    args: ['request', 'renew', 'tsv/serverAll.tsv', '--id', RENEWED, '--csr', 'request/renew-www-reused-key.csr.pem', '--out', '<out>', '--json', '--now', REFERENCE],
  },
  { name: 'request-issue-csr-unreadable', place: 'fixtures', args: ['request', 'issue', '--csr', 'keys/leaf-www-2025.key.pem', '--mail', 'admin@example.ac.jp', '--software', 'nginx1.24', '--out', '<out>'] },
  { name: 'request-check', place: 'fixtures', args: ['request', 'check', 'request/revoke-dn-order.tsv', '--list', 'tsv/serverAll.tsv', '--now', REFERENCE] },
  { name: 'request-check-json', place: 'fixtures', args: ['request', 'check', 'request/not-shift-jis.tsv', '--json', '--now', REFERENCE] },
];

describe('the command line says, in both languages, exactly what the golden transcripts say', () => {
  const folders: Record<Place, string> = { standard: '', fixtures: FIXTURES_DIR, duplicates: '' };
  let standard: GeneratedList;

  beforeAll(async () => {
    standard = await writeStandardList();
    const duplicates = await writeList([
      { cells: { applicationId: 'D001', fqdn: 'dup.example.ac.jp' }, certificate: { commonName: 'dup.example.ac.jp', serialHex: '0f01', ageDays: 10, lifeDays: 397 } },
      { cells: { applicationId: 'D001', fqdn: 'dup.example.ac.jp' }, certificate: { commonName: 'dup.example.ac.jp', serialHex: '0f02', ageDays: 5, lifeDays: 397 } },
    ]);
    folders.standard = standard.dir;
    folders.duplicates = duplicates.dir;
  });

  for (const golden of CASES) {
    for (const lang of ['ja', 'en'] as const) {
      it(`${golden.name} (${lang})`, async () => {
        const out = tempFolder('golden-out');
        if (golden.existing) writeFileSync(join(out, golden.existing), 'already here\n');
        const cwd = folders[golden.place];
        const args = golden.args.map((arg) => (arg === '<out>' ? out : arg));
        const transcript = await transcriptOf({ cwd, args, env: { LANG: LOCALE[lang], ...golden.env }, ...(golden.secrets ? { secrets: golden.secrets } : {}) });
        const stable = stableTranscript(transcript, { '<out>': out, '<list>': cwd, '<fixtures>': FIXTURES_DIR });
        await expect(stable).toMatchFileSnapshot(`golden/${golden.name}.${lang}.txt`);
      });
    }
  }
});
