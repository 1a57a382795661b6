import { describe, expect, it } from 'vitest';
import { codesOf, type JsonFinding, jsonOf, runCli } from '../cli-runner';
import { certificateById, fixturePath, readManifest } from '../../../support/manifest';
import { inspectFixtures } from './inspect-fixtures';

/** `inspect` over the committed fixtures: --crl, the readable report, and the help of the diagnostic options. */
export function inspectReportSuite(): void {
  describe('inspect revocation and report (committed fixtures)', () => {
    const m = readManifest();
    const { inspect, json, pem } = inspectFixtures(m);

    describe('CRLs', () => {
      const crlEntries = m.diagFiles.filter((file) => file.kind === 'crl' && file.certificateId !== null);
      for (const entry of crlEntries) {
        it(`${entry.file} lists ${entry.certificateId} as revoked and not another certificate of the same CA`, () => {
          const { run, files } = json(pem(entry.certificateId!), pem('leaf-www-2025'), '--crl', fixturePath(entry.file), '--ca', pem('ca-g7-rsa'));
          expect(run.code).toBe(0);
          const revoked = files[0].certificates[0].findings.find((f: JsonFinding) => f.code === 'revoked-by-crl');
          expect(revoked.severity).toBe('error');
          expect(revoked.message).toContain('2026/10/31');
          expect(codesOf(files[1].certificates[0])).toContain('not-revoked-by-crl');
          expect(codesOf(files[0])).toEqual([]);
        });
      }

      it('refuses a CRL whose signature does not verify, as a file-level finding, and checks nothing against it', () => {
        const { run, files } = json(pem('leaf-portal-old'), '--crl', fixturePath('diag/wrong-key.crl'), '--ca', pem('ca-g7-rsa'));
        expect(run.code).toBe(0);
        const refused = files[0].findings.find((f: JsonFinding) => f.code === 'crl-signature-invalid');
        expect(refused).toMatchObject({ severity: 'error', location: { file: fixturePath('diag/wrong-key.crl') } });
        expect(codesOf(files[0].certificates[0]).filter((code) => code.includes('revoked'))).toEqual([]);
      });

      it('refuses a CRL whose issuer is no known CA (crl-issuer-unknown)', () => {
        const { files } = json(pem('leaf-portal-old'), '--crl', fixturePath('diag/ca-g7-rsa.crl'));
        expect(codesOf(files[0])).toContain('crl-issuer-unknown');
      });

      it('reports a CRL past its nextUpdate as crl-outdated', () => {
        const run = runCli(['inspect', '--now', '2027-01-01', pem('leaf-www-2025'), '--crl', fixturePath('diag/ca-g7-rsa.crl'), '--ca', pem('ca-g7-rsa'), '--json']);
        expect(codesOf(jsonOf(run).files[0])).toContain('crl-outdated');
      });

      it('exits 1 for a --crl file that is not a CRL', () => {
        const run = inspect(pem('leaf-www-2025'), '--crl', pem('leaf-www-2025'));
        expect([run.code, run.stdout]).toEqual([1, '']);
        expect(run.stderr).toContain('crl-unreadable');
      });
    });

    describe('the readable report', () => {
      it('is Japanese when no locale is set, with a short header and errors first, advice indented', () => {
        const run = runCli(['inspect', '--now', m.referenceTime, pem('leaf-www-2023'), '--host', 'www.example.ac.jp'], { env: { LANG: '' } });
        expect(run.code).toBe(0);
        const lines = run.stdout.split('\n');
        expect(lines[0]).toContain('証明書 1 件');
        expect(run.stdout).toContain('シリアル番号');
        expect(run.stdout).toContain(certificateById(m, 'leaf-www-2023').serialColonHex);
        expect(run.stdout).toContain('有効期間 (JST)');
        const severities = lines.map((line) => /^ {4}\[(エラー|警告|情報|OK)\]/.exec(line)?.[1]).filter((label) => label !== undefined);
        const rank = { エラー: 0, 警告: 1, 情報: 2, OK: 3 } as Record<string, number>;
        expect(severities.length).toBeGreaterThan(1);
        expect(severities.map((label) => rank[label])).toEqual([...severities.map((label) => rank[label]!)].sort((a, b) => a - b));
        const expired = lines.findIndex((line) => /^ {4}\[エラー\] .*\(expired\)$/.test(line));
        expect(expired).toBeGreaterThan(0);
        expect(lines[expired + 1]).toMatch(/^ {8}\S/);
      });

      it('is English with --lang en', () => {
        const run = runCli(['inspect', '--now', m.referenceTime, pem('leaf-www-2023'), '--lang', 'en'], { env: { LANG: 'ja_JP.UTF-8' } });
        expect(run.stdout).toContain('[error]');
        expect(run.stdout).toContain('Serial number');
      });
    });

    describe('help', () => {
      for (const lang of ['ja', 'en']) {
        it(`lists the diagnostic options of inspect and the chain options of export in ${lang}`, () => {
          const inspectHelp = runCli(['inspect', '--help', '--lang', lang]).stdout;
          for (const option of ['--host', '--key', '--passphrase-env', '--ca', '--crl', '--json']) expect(inspectHelp).toContain(option);
          expect(inspectHelp).toMatch(lang === 'ja' ? /終了コード/ : /Exit status/);
          const exportHelp = runCli(['export', '--help', '--lang', lang]).stdout;
          for (const option of ['--chain', '--fullchain', '--p7b', '--ca']) expect(exportHelp).toContain(option);
        });
      }
    });
  });
}
