import { readdirSync } from 'node:fs';
import { expect } from 'vitest';
import type { FixtureManifest } from '../../../../scripts/fixtures/manifest-types';
import { type CliRun, codesOf, jsonOf } from '../cli-runner';
import { certificateById, fixturePath } from '../../../support/manifest';

/** One run of the CLI that is handed a private key or CSR, with what it must show. */
export interface KeyRun {
  readonly name: string;
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  /** Folder the run may write into (checked for key material too), or null. */
  readonly out: string | null;
  readonly check: (run: CliRun) => void;
}

/** The variable the tests pass passphrases in (never on the command line). */
export const PASSPHRASE_VARIABLE = 'UPKI_TEST_PASSPHRASE';

const KEY_KINDS = new Set(['private-key', 'encrypted-private-key', 'csr']);

/** The key-match codes of the first certificate of the first file of a JSON run. */
function keyCodes(run: CliRun): string[] {
  return codesOf(jsonOf(run).files[0].certificates[0]).filter((code) => code.startsWith('key-'));
}

/**
 * Every CLI run the tests make with a key or CSR file: each against its certificate with --key (with the
 * right, a wrong and no passphrase where it is encrypted), each given as the certificate FILE, as --ca and
 * as --crl, and one export refusing it as --ca. The key tests check these; the secrecy test greps them.
 */
export function keyRuns(manifest: FixtureManifest, now: string, newFolder: () => string): KeyRun[] {
  const runs: KeyRun[] = [];
  const inspect = (...args: string[]) => ['inspect', '--now', now, ...args];
  for (const entry of manifest.diagFiles.filter((file) => KEY_KINDS.has(file.kind))) {
    const key = fixturePath(entry.file);
    const certificate = fixturePath(certificateById(manifest, entry.certificateId).pemPath);
    const final = entry.expectedFindings.at(-1)!;
    if (entry.passphrase !== null) {
      const passphrase = entry.passphrase;
      runs.push(
        { name: `${entry.file} without a passphrase gives key-passphrase-required`, args: inspect(certificate, '--key', key, '--json'), out: null, check: (run) => expect(keyCodes(run)).toEqual(['key-passphrase-required']) },
        {
          name: `${entry.file} with the right passphrase from --passphrase-env gives ${final}`,
          args: inspect(certificate, '--key', key, '--passphrase-env', PASSPHRASE_VARIABLE, '--json'),
          env: { [PASSPHRASE_VARIABLE]: passphrase },
          out: null,
          check: (run) => expect(keyCodes(run)).toEqual([final]),
        },
        {
          name: `${entry.file} with a wrong passphrase gives key-passphrase-wrong`,
          args: inspect(certificate, '--key', key, '--passphrase-env', PASSPHRASE_VARIABLE, '--json'),
          env: { [PASSPHRASE_VARIABLE]: `${passphrase}-wrong` },
          out: null,
          check: (run) => expect(keyCodes(run)).toEqual(['key-passphrase-wrong']),
        },
        {
          name: `${entry.file} with --passphrase-env naming an unset variable gives key-passphrase-required and says so`,
          args: inspect(certificate, '--key', key, '--passphrase-env', PASSPHRASE_VARIABLE, '--json'),
          out: null,
          check: (run) => {
            expect(keyCodes(run)).toEqual(['key-passphrase-required']);
            expect(run.stderr).toMatch(/--passphrase-env/);
          },
        },
      );
    } else {
      runs.push(
        { name: `${entry.file} against its certificate gives ${final}`, args: inspect(certificate, '--key', key, '--json'), out: null, check: (run) => expect(keyCodes(run)).toEqual([final]) },
        {
          name: `${entry.file} in the readable Japanese report gives ${final} with the code`,
          args: inspect(certificate, '--key', key, '--lang', 'ja'),
          out: null,
          check: (run) => {
            expect(run.code).toBe(0);
            expect(run.stdout).toContain(`(${final})`);
          },
        },
      );
    }
    runs.push(
      {
        name: `${entry.file} given as the certificate FILE is refused as not-a-certificate (exit 1)`,
        args: inspect(key, '--json'),
        out: null,
        check: (run) => {
          expect(run.code).toBe(1);
          const [file] = jsonOf(run).files;
          expect(file.certificates).toEqual([]);
          expect(codesOf(file)).toContain('not-a-certificate');
          if (entry.kind !== 'csr') expect(file.findings.find((f: { code: string }) => f.code === 'not-a-certificate').message).toMatch(/private key/);
        },
      },
      { name: `${entry.file} given as FILE in the readable report is refused too`, args: inspect(key), out: null, check: (run) => expect([run.code, run.stdout.includes('not-a-certificate')]).toEqual([1, true]) },
      { name: `${entry.file} given as --ca ends the run with exit 1`, args: inspect(certificate, '--ca', key), out: null, check: (run) => expect([run.code, run.stdout]).toEqual([1, '']) },
      { name: `${entry.file} given as --crl ends the run with exit 1`, args: inspect(certificate, '--crl', key), out: null, check: (run) => expect([run.code, run.stdout]).toEqual([1, '']) },
    );
  }
  const out = newFolder();
  const anyKey = fixturePath(manifest.diagFiles.find((file) => file.kind === 'private-key')!.file);
  runs.push({
    name: 'export refuses a private key given as --ca and writes nothing',
    args: ['export', fixturePath('tsv/serverAll.tsv'), '--fqdn', 'www.example.ac.jp', '--now', now, '--out', out, '--chain', '--ca', anyKey],
    out,
    check: (run) => expect([run.code, run.stdout, readdirSync(out)]).toEqual([1, '', []]),
  });
  return runs;
}
