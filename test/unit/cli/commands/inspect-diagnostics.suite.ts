import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { certificateById, fixturePath, readManifest } from '../../../support/manifest';
import { codesOf, type JsonFinding } from '../cli-runner';
import { inspectFixtures } from './inspect-fixtures';

// The manifest's validity words → the validity finding codes of shared/diagnostics.
const VALIDITY_CODE: Record<string, string> = { valid: 'valid', 'expiring-soon': 'expires-soon', expired: 'expired', 'not-yet-valid': 'not-yet-valid' };

/** `inspect` over the committed fixtures: the PEM doctor, PKCS#7, refusals, validity, strength, host names and chains. */
export function inspectDiagnosticsSuite(): void {
  describe('inspect diagnostics (committed fixtures)', () => {
    const m = readManifest();
    const { inspect, json, pem, sha256, newFolder, bundle } = inspectFixtures(m);

    describe('the PEM doctor', () => {
      for (const entry of m.diagFiles.filter((file) => file.expectedRepairs !== undefined)) {
        it(`repairs ${entry.file} (${entry.expectedRepairs!.join(', ')}), reports pem-repaired and reads ${entry.containsCertificates.join(' + ')}`, () => {
          const { run, files } = json(fixturePath(entry.file));
          expect(run.code).toBe(0);
          const [file] = files;
          expect(codesOf(file)).toContain('pem-repaired');
          expect(file.findings.find((finding: JsonFinding) => finding.code === 'pem-repaired').severity).toBe('warning');
          expect(file.certificates.map((certificate: { sha256: string }) => certificate.sha256)).toEqual(entry.containsCertificates.map(sha256));
        });
      }

      for (const entry of m.diagFiles.filter((file) => file.kind === 'pkcs7')) {
        it(`reads the PKCS#7 bundle ${entry.file} with its certificates in order`, () => {
          const { run, files } = json(fixturePath(entry.file));
          expect(run.code).toBe(0);
          expect(codesOf(files[0])).toContain('pkcs7-read');
          expect(files[0].certificates.map((certificate: { sha256: string }) => certificate.sha256)).toEqual(entry.containsCertificates.map(sha256));
        });
      }

      for (const entry of m.diagFiles.filter((file) => file.kind === 'crl')) {
        it(`refuses the CRL ${entry.file} given as FILE as not-a-certificate`, () => {
          const { run, files } = json(fixturePath(entry.file));
          expect(run.code).toBe(1);
          expect(codesOf(files[0])).toContain('not-a-certificate');
          expect(run.stderr).toContain('not-a-certificate');
        });
      }

      it('reports truncated for a certificate cut off before its END line', () => {
        const text = readFileSync(pem('leaf-www-2025'), 'utf8');
        const path = join(newFolder(), 'cut.pem');
        writeFileSync(path, text.slice(0, Math.floor(text.length / 2)));
        const { run, files } = json(path);
        expect(run.code).toBe(1);
        expect(codesOf(files[0])).toContain('truncated');
      });
    });

    describe('certificate checks', () => {
      it('judges validity and strength of every fixture certificate as the manifest says', () => {
        const ids = m.certificates.filter((certificate) => certificate.role !== 'root').map((certificate) => certificate.id);
        const { run, files } = json(...ids.map(pem));
        expect(run.code).toBe(0);
        ids.forEach((id, index) => {
          const codes = codesOf(files[index].certificates[0]);
          expect(codes, id).toContain(VALIDITY_CODE[certificateById(m, id).validityAtReference]);
          const strength = m.diagFiles.find((file) => file.certificateId === id && ['sha1-signature', 'weak-key', 'no-server-auth'].includes(file.expectedFindings[0] ?? ''));
          for (const code of ['sha1-signature', 'weak-key', 'no-server-auth']) {
            if (code === 'no-server-auth' && certificateById(m, id).role !== 'server' && certificateById(m, id).role !== 'diag') continue;
            expect(codes.includes(code), `${id} ${code}`).toBe(strength?.expectedFindings[0] === code);
          }
        });
      });

      it('keeps exit 0 when a certificate has error findings (expired)', () => {
        const { run, files } = json(pem('leaf-www-2023'));
        expect(run.code).toBe(0);
        expect(files[0].certificates[0].findings[0]).toMatchObject({ code: 'expired', severity: 'error', advice: expect.any(String) });
      });

      const hosts: { name: string; host: string; want: string }[] = [
        { name: 'a wildcard covers one label', host: 'wiki.lab.example.ac.jp', want: 'name-match' },
        { name: 'a wildcard matches case-insensitively', host: 'WIKI.Lab.Example.AC.JP', want: 'name-match' },
        { name: 'a wildcard does not cover two labels', host: 'a.wiki.lab.example.ac.jp', want: 'name-mismatch' },
        { name: 'a wildcard does not cover another domain', host: 'www.example.ac.jp', want: 'name-mismatch' },
        { name: 'the bare domain matches its own SAN', host: 'lab.example.ac.jp', want: 'name-match' },
      ];
      for (const { name, host, want } of hosts) {
        it(`--host ${host} on *.lab.example.ac.jp gives ${want}: ${name}`, () => {
          const { files } = json(pem('leaf-wildcard-lab'), '--host', host);
          expect(codesOf(files[0].certificates[0]).filter((code) => code.startsWith('name-'))).toEqual([want]);
        });
      }
    });

    describe('chains', () => {
      const chainOf = (certificate: { chain: { role: string; source: string; signatureValid: boolean | null }[] }) =>
        certificate.chain.map((link) => [link.role, link.source, link.signatureValid]);

      it('completes the chain of a lone leaf with the --ca files, listing each link', () => {
        const { files } = json(pem('leaf-www-2025'), '--ca', pem('ca-g7-rsa'), '--ca', pem('ca-root-rsa'));
        const [certificate] = files[0].certificates;
        expect(codesOf(certificate)).toContain('chain-complete');
        expect(codesOf(certificate)).not.toContain('incomplete-chain');
        expect(chainOf(certificate)).toEqual([['leaf', 'leaf', true], ['intermediate', 'user', true], ['root', 'user', true]]);
        expect(certificate.chain[1]).toMatchObject({ subject: certificateById(m, 'ca-g7-rsa').subjectDn, issuer: certificateById(m, 'ca-g7-rsa').issuerDn });
      });

      it('takes several CA certificates from one --ca file', () => {
        const { files } = json(pem('leaf-wiki-lab'), '--ca', bundle('ca-g7-ecc', 'ca-root-ecc'));
        expect(codesOf(files[0].certificates[0])).toContain('chain-complete');
      });

      it('reports incomplete-chain naming the missing issuer without --ca', () => {
        const { run, files } = json(pem('leaf-www-2025'));
        expect(run.code).toBe(0);
        const finding = files[0].certificates[0].findings.find((f: JsonFinding) => f.code === 'incomplete-chain');
        expect(finding.severity).toBe('error');
        expect(finding.message).toContain('TEST Open Domain CA - G7 RSA');
        expect(finding.advice).toContain('--ca');
      });

      it('uses the intermediate of a leaf + intermediate file and judges only the leaf as the server certificate', () => {
        const { files } = json(fixturePath('certs/leaf-www-2025-with-intermediate.pem'), '--ca', pem('ca-root-rsa'));
        const [leaf, intermediate] = files[0].certificates;
        expect(codesOf(leaf)).toContain('chain-complete');
        expect(chainOf(leaf)).toEqual([['leaf', 'leaf', true], ['intermediate', 'presented', true], ['root', 'user', true]]);
        expect(intermediate.chain).toBeUndefined();
      });

      it('reports wrong-order for an intermediate placed before the leaf', () => {
        const { files } = json(fixturePath('diag/leaf-www-2025.chain-wrong-order.pem'), '--ca', pem('ca-root-rsa'));
        const leaf = files[0].certificates.find((certificate: { sha256: string }) => certificate.sha256 === sha256('leaf-www-2025'));
        expect(codesOf(leaf)).toContain('wrong-order');
      });

      it('reports unneeded-root for a file that includes the root', () => {
        // The root is trusted because it is given with --ca; one that only the server's file holds is not a trust anchor.
        const { files } = json(bundle('leaf-www-2025', 'ca-g7-rsa', 'ca-root-rsa'), '--ca', pem('ca-root-rsa'));
        expect(codesOf(files[0].certificates[0])).toEqual(expect.arrayContaining(['chain-complete', 'unneeded-root']));
      });

      it('reports expired-intermediate for a leaf under an expired CA', () => {
        const { files } = json(pem('diag-expired-issuer'), '--ca', pem('ca-g4-expired'), '--ca', pem('ca-root-rsa'));
        expect(codesOf(files[0].certificates[0])).toContain('expired-intermediate');
      });

      it('exits 1 for a missing --ca file before reporting anything', () => {
        const run = inspect(pem('leaf-www-2025'), '--ca', fixturePath('ca/missing.pem'));
        expect([run.code, run.stdout]).toEqual([1, '']);
        expect(run.stderr.trim().split('\n')).toHaveLength(1);
      });
    });
  });
}
