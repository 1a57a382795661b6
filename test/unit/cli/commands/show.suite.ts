import { describe, expect, it } from 'vitest';
import { SERVER_COLUMNS } from '../../../../shared/model/columns';
import type { GeneratedList } from '../list-file';
import { NOW_TEXT } from '../list-file';
import { hasStackTrace, jsonOf, runCli } from '../cli-runner';
import { IDS, SECRET_PIN } from '../standard-list';

/** Tests of `upki-tsv show` against the standard list. */
export function showSuite(list: () => GeneratedList): void {
  const run = (...args: string[]) => runCli(['show', list().path, '--now', NOW_TEXT, ...args]);

  describe('show', () => {
    it('prints every TSV column under its label, the unknown extra one too, and the decoded certificate', () => {
      const result = run('--id', IDS.wwwExpired, '--json');
      expect(result.code).toBe(0);
      const json = jsonOf(result);
      expect(json.record).toMatchObject({ applicationId: IDS.wwwExpired, serialNumber: '2561', state: 'expired', currentRole: 'replaced' });
      expect(json.fields.map((field: { label: string }) => field.label)).toEqual([...SERVER_COLUMNS.map((column) => column.ja), '備考']);
      expect(json.fields.at(-1)).toMatchObject({ label: '備考', key: null, value: 'メモ１' });
      expect(json.certificate).toMatchObject({ serialNumber: '2561', serialHex: '0A:01', commonName: 'www.example.ac.jp' });
      expect(json.certificate.pem).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+-----END CERTIFICATE-----\n$/);
    });

    it('prints the findings: for an expired, revoked certificate the revocation before the expiry', () => {
      const result = run('--id', IDS.wwwRevoked);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('== Findings ==');
      const findings = result.stdout.slice(result.stdout.indexOf('== Findings =='), result.stdout.indexOf('== TSV columns =='));
      expect(findings).toMatch(/\[error\] According to the TSV, this certificate was revoked on 2026\/05\/30 10:00:00 \(JST\).*\(revoked\)/);
    });

    it('prints the findings in JSON with their codes', () => {
      const json = jsonOf(run('--id', IDS.wwwExpired, '--json'));
      const codes = json.findings.map((finding: { code: string }) => finding.code);
      expect(codes).toContain('expired');
      expect(json.findings.find((finding: { code: string }) => finding.code === 'expired').message).toMatch(/^This certificate expired on /);
    });

    it('counts days since expiry as days ago, not as negative days left', () => {
      expect(run('--id', IDS.wwwExpired).stdout).toMatch(/State\s+Expired \(\d+ days ago\)/);
    });

    it('says no problems only for a row without any finding', () => {
      const result = run('--id', IDS.pending);
      expect(result.stdout).toContain('== Findings ==');
    });

    it('takes the expiring window from --within', () => {
      expect(jsonOf(run('--id', IDS.wwwRenewed, '--json')).record.state).toBe('valid');
      expect(jsonOf(run('--id', IDS.wwwRenewed, '--json', '--within', '400')).record.state).toBe('expiring');
      expect(jsonOf(run('--id', IDS.wwwRenewed, '--json', '--within', '400')).findings.map((f: { code: string }) => f.code)).toContain('expires-soon');
    });

    it('masks the access PIN in the fields unless --show-secrets', () => {
      const pin = (args: string[]) => jsonOf(run('--id', IDS.wwwRenewed, '--json', ...args)).fields.find((f: { key: string }) => f.key === 'accessPin').value;
      expect(pin([])).toBe('****');
      expect(pin(['--show-secrets'])).toBe(SECRET_PIN);
    });

    const serialForms: { name: string; input: string }[] = [
      { name: 'decimal', input: '2562' },
      { name: '0x hex', input: '0x0A02' },
      { name: 'colon hex', input: '0a:02' },
    ];
    for (const { name, input } of serialForms) {
      it(`finds a record by its serial in ${name}`, () => {
        expect(jsonOf(run('--serial', input, '--json')).record.applicationId).toBe(IDS.wwwRenewed);
      });
    }

    it('prints readable text with the PEM by default', () => {
      const result = run('--id', IDS.wwwRenewed);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Application ID');
      expect(result.stdout).toContain('-----BEGIN CERTIFICATE-----');
      expect(result.stdout).not.toContain(SECRET_PIN);
    });

    it('says so when the record has no certificate', () => {
      const json = jsonOf(run('--id', IDS.pending, '--json'));
      expect(json.certificate).toBeNull();
      expect(json.record.hasCertificate).toBe(false);
    });

    const usage: { name: string; args: string[] }[] = [
      { name: 'both --id and --serial', args: ['--id', IDS.wwwRenewed, '--serial', '1'] },
      { name: 'neither --id nor --serial', args: [] },
      { name: 'a serial that is not a number', args: ['--serial', 'xyz!'] },
    ];
    for (const { name, args } of usage) {
      it(`exits 2 with a usage hint for ${name}`, () => {
        const result = run(...args);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('show --help');
        expect(result.stdout).toBe('');
      });
    }

    it('exits 1 with one line, after the notices about the file, when no record matches', () => {
      const result = run('--id', 'NOPE');
      expect(result.code).toBe(1);
      const lines = result.stderr.trim().split('\n').filter((line) => !line.includes('header-unknown-columns'));
      expect(lines).toEqual([expect.stringMatching(/^upki-tsv: .*NOPE/)]);
      expect(hasStackTrace(result.stderr)).toBe(false);
    });
  });
}
