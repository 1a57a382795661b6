import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixturePath, readManifest } from '../../support/manifest';
import { runCli } from './support';
import { tempFolder } from '../../support/temp-folder';

const manifest = readManifest();
const row = manifest.rows.find((candidate) => candidate.certificateId !== null && candidate.fqdn)!;
const certificate = manifest.certificates.find((candidate) => candidate.id === row.certificateId)!;
const NOW = ['--now', '2026-11-01 00:00:00'];
// An mtime in the past, so a rewrite (which sets it to now) is visible even on a coarse clock.
const PAST = new Date('2020-01-02T03:04:05Z');

let folder: string;
beforeEach(() => {
  folder = tempFolder('no-loss');
});

/** Copies fixtures into the test's folder (with an old mtime) and returns their new paths. */
function inputs(...names: string[]): string[] {
  return names.map((name) => {
    const path = join(folder, name.split('/').pop()!);
    copyFileSync(fixturePath(name), path);
    utimesSync(path, PAST, PAST);
    return path;
  });
}

/** The SHA-256, size and mtime of a file: what must not change. */
const fingerprint = (path: string) => {
  const stats = statSync(path);
  return { sha256: createHash('sha256').update(readFileSync(path)).digest('hex'), size: stats.size, mtimeMs: stats.mtimeMs };
};

describe('the CLI never modifies its input files', () => {
  const commands: { name: string; files: string[]; argv: (paths: string[]) => string[] }[] = [
    { name: 'list', files: ['tsv/serverAll.tsv'], argv: ([list]) => ['list', list!, ...NOW] },
    { name: 'list --json --show-secrets', files: ['tsv/serverAll.tsv'], argv: ([list]) => ['list', list!, '--json', '--show-secrets', ...NOW] },
    { name: 'show', files: ['tsv/serverAll.tsv'], argv: ([list]) => ['show', list!, '--id', row.applicationId, ...NOW] },
    { name: 'export into the folder of the list', files: ['tsv/serverAll.tsv'], argv: ([list]) => ['export', list!, '--fqdn', row.fqdn, '--out', folder, ...NOW] },
    { name: 'inspect of a certificate with its key', files: [certificate.pemPath, certificate.keyPath!], argv: ([pem, key]) => ['inspect', pem!, '--key', key!, '--json', ...NOW] },
    { name: 'inspect of the list', files: ['tsv/serverAll.tsv'], argv: ([list]) => ['inspect', list!, ...NOW] },
  ];

  it.each(commands)('$name leaves every input byte-identical with its mtime', async ({ files, argv }) => {
    const paths = inputs(...files);
    const before = paths.map(fingerprint);
    const outcome = await runCli([...argv(paths), '--lang', 'en'], folder);
    expect(outcome.stderr).not.toMatch(/internal error/);
    expect(paths.map(fingerprint)).toEqual(before);
  });

  it('export refuses to overwrite an existing file without --force and leaves it as it was', async () => {
    const [list] = inputs('tsv/serverAll.tsv');
    const first = await runCli(['export', list!, '--fqdn', row.fqdn, '--out', folder, ...NOW, '--lang', 'en'], folder);
    expect(first.code).toBe(0);
    const written = first.stdout.split('\n')[0]!.trim();
    writeFileSync(written, 'the admin edited this file\n');
    utimesSync(written, PAST, PAST);
    const before = fingerprint(written);
    const second = await runCli(['export', list!, '--fqdn', row.fqdn, '--out', folder, ...NOW, '--lang', 'en'], folder);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(/--force/);
    expect(fingerprint(written)).toEqual(before);
  });
});
