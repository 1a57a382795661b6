import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CAS } from '../../../../shared/pki/cas/bundled-cas';
import { encodePem } from '../../../../shared/pki/pem/encode-pem';
import { hasStackTrace, jsonOf, runCli } from '../cli-runner';
import { NOW, NOW_TEXT } from '../list-file';
import { makeCertificateDer } from '../test-certificates';
import { tempFolder } from '../../../support/temp-folder';

const DAY = 86_400_000;

/** Tests of `upki-tsv inspect` on certificate files written into a temporary folder. */
export function inspectSuite(): void {
  const dir = tempFolder('inspect');
  const files = { bundle: join(dir, 'bundle.pem'), future: join(dir, 'future.cer'), notes: join(dir, 'notes.txt'), missing: join(dir, 'missing.pem'), g8: join(dir, 'nii-odca-g8-rsa.pem') };
  const run = (...args: string[]) => runCli(['inspect', '--now', NOW_TEXT, ...args]);

  beforeAll(async () => {
    const cert = (commonName: string, serialHex: string, from: number, to: number) =>
      makeCertificateDer({ commonName, serialHex, notBefore: new Date(NOW + from * DAY), notAfter: new Date(NOW + to * DAY) });
    const valid = await cert('valid.example.ac.jp', '01', -10, 300);
    const expired = await cert('expired.example.ac.jp', '02', -400, -3);
    const future = await cert('future.example.ac.jp', '03', 30, 400);
    writeFileSync(files.bundle, `intro text\n${encodePem(valid)}${encodePem(expired)}`);
    writeFileSync(files.future, future);
    writeFileSync(files.notes, 'no certificate in here, just words\n');
    writeFileSync(files.g8, `${BUNDLED_CAS.find((ca) => ca.id === 'nii-odca-g8-rsa')!.pem}\n`);
  });

  describe('inspect', () => {
    it('reports every certificate of a PEM bundle with list-record fields and findings', () => {
      const result = run(files.bundle, '--json');
      expect(result.code).toBe(0);
      const [file] = jsonOf(result).files;
      expect(file.file).toBe(files.bundle);
      expect(file.certificates).toHaveLength(2);
      expect(file.certificates[0]).toMatchObject({ commonName: 'valid.example.ac.jp', serialNumber: '1', serialHex: '01', line: 2 });
      expect(file.certificates[0].sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(file.certificates[0].notAfter).toMatch(/Z$/);
      expect(file.certificates[0].findings.map((f: { code: string }) => f.code)).not.toContain('expired');
      expect(file.certificates[1].findings).toContainEqual(expect.objectContaining({ code: 'expired', severity: 'error', message: expect.any(String) }));
    });

    it('reads DER files and flags a certificate that is not valid yet', () => {
      const [file] = jsonOf(run(files.future, '--json')).files;
      expect(file.certificates[0].findings.map((f: { code: string }) => f.code)).toContain('not-yet-valid');
    });

    it('writes finding messages in the --lang language', () => {
      const [file] = jsonOf(run(files.bundle, '--json', '--lang', 'ja')).files;
      const expired = file.certificates[1].findings.find((f: { code: string }) => f.code === 'expired');
      expect(expired.message).toMatch(/有効期限/);
    });

    it('reports several files in order', () => {
      const json = jsonOf(run(files.bundle, files.future, '--json'));
      expect(json.files.map((f: { file: string }) => f.file)).toEqual([files.bundle, files.future]);
    });

    it('exits 1 for a file without a certificate, after printing what it could', () => {
      const result = run(files.bundle, files.notes, '--json');
      expect(result.code).toBe(1);
      const json = jsonOf(result);
      expect(json.files[0].certificates).toHaveLength(2);
      expect(json.files[1].certificates).toEqual([]);
      expect(json.files[1].findings.length).toBeGreaterThan(0);
      expect(hasStackTrace(result.stderr)).toBe(false);
    });

    it('exits 1 for a missing file with one line on stderr, still reporting the others', () => {
      const result = run(files.missing, files.future, '--json');
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toContain('missing.pem');
      expect(jsonOf(result).files[1].certificates).toHaveLength(1);
    });

    // Issue 10: once the cross certificate and RootCA2 expire (2029-05-29), the real G8 intermediate
    // must still chain, through the self-signed SECOM TLS RSA Root CA 2024, with no expired link.
    it('shows a complete, valid chain for the real G8 intermediate on 2029-06-01 through the self-signed 2024 root', () => {
      const result = runCli(['inspect', '--now', '2029-06-01', files.g8, '--json']);
      expect(result.code).toBe(0);
      const [certificate] = jsonOf(result).files[0].certificates;
      expect(certificate.chain.map((link: { role: string; status: string; signatureValid: boolean; bundledId?: string }) => [link.role, link.status, link.signatureValid, link.bundledId ?? null])).toEqual([
        ['leaf', 'ok', true, null],
        ['root', 'ok', true, 'secom-tls-rsa-root-ca-2024'],
      ]);
      const codes = certificate.findings.map((f: { code: string }) => f.code);
      expect(codes).toContain('chain-complete');
      expect(codes).not.toContain('expired-intermediate');
    });

    it('prints a readable report by default', () => {
      const result = run(files.bundle);
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('valid.example.ac.jp');
      expect(result.stdout).toContain('[error]');
    });
  });
}
