import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../cli/node-digest';
import { adminMailText } from '../../../shared/export/admin-mail';
import { inventoryCsv } from '../../../shared/export/inventory-csv';
import { readCertificateList } from '../../../shared/tsv/read-certificate-list';
import { fixturePath, readManifest } from '../../support/manifest';
import { runCli, type CliOutcome } from './support';
import { tempFolder } from '../../support/temp-folder';

const manifest = readManifest();
const LIST = fixturePath('tsv/serverAll.tsv');
const NOW = '2026-11-01 00:00:00';
// Every access PIN of the fixture list; short ones could turn up by chance inside base64, so only those of 8+ characters.
const PINS = manifest.rows.map((row) => row.cells.accessPin ?? '').filter((pin) => pin.length >= 8);
const issued = manifest.rows.filter((row) => row.certificateId !== null && row.cells.accessPin);
const folder = tempFolder('secrets');

/** Every PIN that shows up in the text. */
const leakedPins = (text: string): string[] => PINS.filter((pin) => text.includes(pin));
const allOutput = (outcome: CliOutcome): string => outcome.stdout + outcome.stderr;

/** Every command line that prints data of the list, for one issued row with a PIN. */
function outputCommands(): { name: string; argv: string[] }[] {
  const row = issued[0]!;
  return [
    { name: 'list --json', argv: ['list', LIST, '--json'] },
    { name: 'show', argv: ['show', LIST, '--id', row.applicationId] },
    { name: 'show --json', argv: ['show', LIST, '--id', row.applicationId, '--json'] },
  ];
}

// The throw-away test CAs, so chain files can be built (they are not among the bundled NII CAs).
const CA_ARGS = manifest.certificates.filter((entry) => entry.isCa).flatMap((entry) => ['--ca', fixturePath(entry.pemPath)]);

describe('access PINs are masked by default', () => {
  it('has PINs to look for (the test is not vacuous)', () => {
    expect(PINS.length).toBeGreaterThan(10);
  });

  it('the list table prints no PIN, even with --show-secrets (it has no PIN column)', async () => {
    for (const extra of [[], ['--show-secrets']]) {
      const outcome = await runCli(['list', LIST, '--now', NOW, '--lang', 'ja', ...extra]);
      expect(outcome.code).toBe(0);
      expect(outcome.stdout.split('\n').length).toBeGreaterThan(manifest.rows.length);
      expect(leakedPins(allOutput(outcome))).toEqual([]);
    }
  });

  it.each(outputCommands())('$name prints no PIN, and prints it with --show-secrets', async ({ argv }) => {
    const masked = await runCli([...argv, '--now', NOW, '--lang', 'en']);
    expect(masked.code).toBe(0);
    expect(leakedPins(allOutput(masked))).toEqual([]);
    const shown = await runCli([...argv, '--now', NOW, '--lang', 'en', '--show-secrets']);
    expect(shown.code).toBe(0);
    expect(leakedPins(allOutput(shown)).length).toBeGreaterThan(0);
  });

  it.each(issued.slice(0, 5).map((row) => ({ name: row.applicationId, row })))('export of $name writes and prints no PIN', async ({ row }) => {
    const out = tempFolder('export');
    const outcome = await runCli(['export', LIST, '--id', row.applicationId, '--out', out, '--fullchain', '--chain', '--p7b', ...CA_ARGS, '--now', NOW, '--lang', 'ja']);
    expect(outcome.code).toBe(0);
    const written = readdirSync(out).map((name) => readFileSync(join(out, name), 'latin1') + readFileSync(join(out, name), 'utf8'));
    expect(written.length).toBeGreaterThan(0);
    expect(leakedPins(allOutput(outcome) + written.join('\n'))).toEqual([]);
  });

  it('inspect of the list file prints no PIN', async () => {
    const outcome = await runCli(['inspect', LIST, '--json', '--now', NOW, '--lang', 'en']);
    expect(leakedPins(allOutput(outcome))).toEqual([]);
  });

  it('the CSV inventory masks every PIN unless includeSecrets, and the admin mail never carries one', async () => {
    const result = await readCertificateList(readFileSync(LIST), { fileName: 'serverAll.tsv', digestSha256: nodeSha256Hex });
    if (!result.ok) throw new Error(result.error.message.en);
    const { records } = result.value;
    const now = Date.parse(manifest.referenceTime);
    const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    expect(leakedPins(decode(inventoryCsv(records, { lang: 'ja', now })))).toEqual([]);
    expect(leakedPins(decode(inventoryCsv(records, { lang: 'ja', now, includeSecrets: true }))).length).toBe(PINS.length);
    const mails = records.flatMap((record) => (record.certificate ? [adminMailText(record, record.certificate, { lang: 'ja' }), adminMailText(record, record.certificate, { lang: 'en' })] : []));
    expect(mails.length).toBeGreaterThan(10);
    expect(leakedPins(mails.join('\n'))).toEqual([]);
  });
});

describe('private keys never appear in output', () => {
  const keys = manifest.diagFiles.filter((entry) => entry.kind === 'private-key' || entry.kind === 'encrypted-private-key');
  /** The base64 body lines of a PEM key file (no armour, no RFC 1421 headers). */
  const bodyLines = (path: string): string[] =>
    readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .filter((line) => /^[A-Za-z0-9+/=]{40,}$/.test(line.trim()))
      .map((line) => line.trim());
  const passphraseEnv = (passphrase: string | null): Record<string, string> => (passphrase ? { UPKI_TEST_PASSPHRASE: passphrase } : {});

  it.each(keys.map((entry) => ({ name: entry.file, entry })))('$name: inspect as a file and as --key shows none of its base64', async ({ entry }) => {
    const lines = bodyLines(fixturePath(entry.file));
    expect(lines.length).toBeGreaterThan(1);
    const certificate = manifest.certificates.find((candidate) => candidate.id === entry.certificateId)!;
    const runs = [
      await runCli(['inspect', fixturePath(entry.file), '--lang', 'en']),
      await runCli(['inspect', fixturePath(entry.file), '--json', '--lang', 'ja']),
      await runCli(
        ['inspect', fixturePath(certificate.pemPath), '--key', fixturePath(entry.file), ...(entry.passphrase ? ['--passphrase-env', 'UPKI_TEST_PASSPHRASE'] : []), '--json', '--lang', 'en'],
        undefined,
        passphraseEnv(entry.passphrase),
      ),
    ];
    for (const outcome of runs) {
      const text = allOutput(outcome);
      expect(text.length).toBeGreaterThan(0);
      expect(lines.filter((line) => text.includes(line))).toEqual([]);
      if (entry.passphrase) expect(text).not.toContain(entry.passphrase);
    }
  });
});
