import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GeneratedList } from '../list-file';
import { NOW_TEXT, writeList } from '../list-file';
import { hasStackTrace, runCli } from '../cli-runner';
import { IDS } from '../standard-list';
import { tempFolder } from '../../../support/temp-folder';

/** What openssl says the serial of a certificate file is ("0A02"). */
function opensslSerial(path: string, inform: 'pem' | 'der'): string {
  return execFileSync('openssl', ['x509', '-inform', inform, '-in', path, '-noout', '-serial'], { encoding: 'utf8' }).trim().replace('serial=', '');
}

/** Tests of `upki-tsv export` against the standard list; every test writes into its own new folder. */
export function exportSuite(list: () => GeneratedList): void {
  const newFolder = () => tempFolder('export');
  const run = (out: string, ...args: string[]) => runCli(['export', list().path, '--now', NOW_TEXT, '--out', out, ...args]);

  describe('export', () => {
    it('exports the current certificate for an FQDN, not the revoked or the expired one, and prints the path', () => {
      const out = newFolder();
      const result = run(out, '--fqdn', 'www.example.ac.jp');
      expect(result.code).toBe(0);
      const path = join(out, 'www.example.ac.jp.crt');
      expect(result.stdout).toBe(`${path}\n`);
      expect(result.stderr).toContain(IDS.wwwRenewed);
      expect(result.stderr).toContain('2562');
      expect(opensslSerial(path, 'pem')).toBe('0A02');
      const text = readFileSync(path, 'utf8');
      expect(text.endsWith('-----END CERTIFICATE-----\n')).toBe(true);
      expect(text).not.toContain('\r');
    });

    it('matches the FQDN against SANs case-insensitively', () => {
      const out = newFolder();
      const result = run(out, '--fqdn', 'EXAMPLE.AC.JP');
      expect(result.code).toBe(0);
      expect(opensslSerial(join(out, 'EXAMPLE.AC.JP.crt'), 'pem')).toBe('0A02');
    });

    it('exports a record by application ID', () => {
      const out = newFolder();
      expect(run(out, '--id', IDS.wwwExpired).code).toBe(0);
      expect(opensslSerial(join(out, 'www.example.ac.jp.crt'), 'pem')).toBe('0A01');
    });

    it('writes DER to .cer with --format der', () => {
      const out = newFolder();
      const result = run(out, '--fqdn', 'www.example.ac.jp', '--format', 'der');
      expect(result.code).toBe(0);
      expect(opensslSerial(join(out, 'www.example.ac.jp.cer'), 'der')).toBe('0A02');
    });

    it('writes CRLF line endings with --crlf', () => {
      const out = newFolder();
      run(out, '--fqdn', 'www.example.ac.jp', '--crlf');
      const text = readFileSync(join(out, 'www.example.ac.jp.crt'), 'utf8');
      expect(text.endsWith('-----END CERTIFICATE-----\r\n')).toBe(true);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    });

    it('warns on stderr when exporting an expired, replaced certificate by --id, and names the current one', () => {
      const out = newFolder();
      const result = run(out, '--id', IDS.wwwExpired);
      expect(result.code).toBe(0);
      expect(result.stderr).toMatch(/warning: This certificate expired on \d{4}\/\d\d\/\d\d \d\d:\d\d \(JST\)\./);
      expect(result.stderr).toContain('replaced by a newer one');
      expect(result.stderr).toContain(`The current certificate is application ID ${IDS.wwwRenewed} (serial 2562`);
      expect(result.stderr).toContain(`--id ${IDS.wwwRenewed}`);
    });

    it('says nothing more than its choice when exporting the current certificate', () => {
      const result = run(newFolder(), '--fqdn', 'www.example.ac.jp');
      expect(result.code).toBe(0);
      expect(result.stderr).not.toMatch(/^warning:/m);
    });

    const refusals: { name: string; args: string[]; says: string }[] = [
      { name: 'a revoked certificate by --id', args: ['--id', IDS.wwwRevoked], says: 'was revoked on 2026/05/30 10:00 (JST)' },
      { name: 'an FQDN whose only certificate is revoked', args: ['--fqdn', 'old.example.ac.jp'], says: 'revoked or being revoked' },
    ];
    for (const { name, args, says } of refusals) {
      it(`refuses ${name} without --force, saying why, and writes it with --force and a warning`, () => {
        const out = newFolder();
        const refused = run(out, ...args);
        expect(refused.code).toBe(1);
        expect(refused.stderr).toContain(says);
        expect(refused.stderr).toContain('--force');
        expect(readdirSync(out)).toEqual([]);
        const forced = run(out, ...args, '--force');
        expect(forced.code).toBe(0);
        expect(forced.stderr).toMatch(/warning: This certificate was revoked/);
        expect(readdirSync(out)).toHaveLength(1);
      });
    }

    it('refuses a certificate whose revocation is in progress (状態 2) without --force', async () => {
      const revoking = await writeList([
        {
          cells: { applicationId: 'R1', status: '2', fqdn: 'going.example.ac.jp', revocationApplicationId: 'RV1', revocationRequestedAt: '2026/05/31 10:00:00' },
          certificate: { commonName: 'going.example.ac.jp', serialHex: '1f01', ageDays: 20, lifeDays: 397 },
        },
      ]);
      const out = newFolder();
      const byFqdn = runCli(['export', revoking.path, '--now', NOW_TEXT, '--out', out, '--fqdn', 'going.example.ac.jp']);
      expect(byFqdn.code).toBe(1);
      expect(byFqdn.stderr).toContain('being revoked');
      const byId = runCli(['export', revoking.path, '--now', NOW_TEXT, '--out', out, '--id', 'R1']);
      expect(byId.code).toBe(1);
      expect(byId.stderr).toContain('A revocation of this certificate was requested on 2026/05/31 10:00 (JST) and is in progress');
      expect(readdirSync(out)).toEqual([]);
    });

    it('names a wildcard certificate wildcard.<domain>.crt', () => {
      const out = newFolder();
      expect(run(out, '--fqdn', '*.lab.example.ac.jp').code).toBe(0);
      expect(readdirSync(out)).toEqual(['wildcard.lab.example.ac.jp.crt']);
    });

    it('refuses to overwrite without --force, leaving the file as it was, and overwrites with --force', () => {
      const out = newFolder();
      const path = join(out, 'www.example.ac.jp.crt');
      writeFileSync(path, 'keep me');
      const refused = run(out, '--fqdn', 'www.example.ac.jp');
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('--force');
      expect(refused.stdout).toBe('');
      expect(readFileSync(path, 'utf8')).toBe('keep me');
      const forced = run(out, '--fqdn', 'www.example.ac.jp', '--force');
      expect(forced.code).toBe(0);
      expect(opensslSerial(path, 'pem')).toBe('0A02');
      expect(readdirSync(out)).toEqual(['www.example.ac.jp.crt']);
    });

    it('keeps a path-traversal FQDN cell inside --out', () => {
      const out = join(newFolder(), 'a', 'b', 'c');
      execFileSync('mkdir', ['-p', out]);
      const result = run(out, '--id', IDS.traversal);
      expect(result.code).toBe(0);
      const written = result.stdout.trim();
      expect(dirname(written)).toBe(resolve(out));
      expect(readdirSync(out)).toEqual(['_._._tmp_x.crt']);
      expect(existsSync(join(out, '../../../tmp/x.crt'))).toBe(false);
    });

    it('keeps a path-traversal --fqdn value inside --out', () => {
      const out = newFolder();
      const result = run(out, '--fqdn', '../../../tmp/x');
      expect(result.code).toBe(0);
      expect(dirname(result.stdout.trim())).toBe(resolve(out));
      expect(readdirSync(out)).toEqual(['_._._tmp_x.crt']);
    });

    it('writes into the current folder when --out is not given', () => {
      const cwd = newFolder();
      const result = runCli(['export', list().path, '--now', NOW_TEXT, '--fqdn', 'soon.example.ac.jp'], { cwd });
      expect(result.code).toBe(0);
      expect(readdirSync(cwd)).toEqual(['soon.example.ac.jp.crt']);
    });

    const failures: { name: string; args: string[]; code: number }[] = [
      { name: 'an FQDN with no certificate', args: ['--fqdn', 'nothing.example.ac.jp'], code: 1 },
      { name: 'an application ID without a certificate', args: ['--id', IDS.pending], code: 1 },
      { name: 'both --fqdn and --id', args: ['--fqdn', 'www.example.ac.jp', '--id', IDS.wwwRenewed], code: 2 },
      { name: 'neither --fqdn nor --id', args: [], code: 2 },
      { name: 'an unknown --format', args: ['--fqdn', 'www.example.ac.jp', '--format', 'p12'], code: 2 },
    ];
    for (const { name, args, code } of failures) {
      it(`exits ${code} without writing anything for ${name}`, () => {
        const out = newFolder();
        const result = run(out, ...args);
        expect(result.code).toBe(code);
        expect(result.stdout).toBe('');
        expect(readdirSync(out)).toEqual([]);
        expect(hasStackTrace(result.stderr)).toBe(false);
      });
    }

    it('creates a missing --out folder and writes into it', () => {
      const out = join(newFolder(), 'missing', 'certs');
      const result = run(out, '--fqdn', 'www.example.ac.jp');
      expect(result.code).toBe(0);
      expect(readdirSync(out)).toEqual(['www.example.ac.jp.crt']);
    });

    it('exits 1 with one line when --out is a file', () => {
      const out = join(newFolder(), 'taken');
      writeFileSync(out, 'x');
      const result = run(out, '--fqdn', 'www.example.ac.jp');
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
}
