/**
 * Table tests over the committed fixtures (test/fixtures/manifest.json, "diagFiles"): every file
 * must give the findings the fixture generator expects. Keys and serials change on every fixture
 * run, so everything is read from the manifest.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChain } from '../../../../shared/diagnostics/chain-findings';
import { checkCrl, loadCrl } from '../../../../shared/diagnostics/crl-check';
import { matchKey } from '../../../../shared/diagnostics/key-match';
import { readCertificatesLeniently } from '../../../../shared/diagnostics/pem-doctor';
import { strengthFindings } from '../../../../shared/diagnostics/strength';
import { validityFindings } from '../../../../shared/diagnostics/validity';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import { describeCertificate } from '../../../../shared/pki/certificate/certificate-details';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';

const ROOT = 'test/fixtures';
const MANIFEST = join(ROOT, 'manifest.json');

interface ManifestCertificate {
  id: string;
  role: string;
  sha256: string;
  derPath: string;
  validityAtReference: string;
}
interface DiagFile {
  file: string;
  passphrase: string | null;
  kind: string;
  certificateId: string | null;
  containsCertificates: string[];
  expectedFindings: string[];
  expectedRepairs?: string[];
  description: string;
}
interface Manifest {
  referenceTime: string;
  certificates: ManifestCertificate[];
  diagFiles: DiagFile[];
}

const manifest: Manifest | null = existsSync(MANIFEST) ? (JSON.parse(readFileSync(MANIFEST, 'utf8')) as Manifest) : null;
const bytes = (path: string) => new Uint8Array(readFileSync(join(ROOT, path)));

describe.skipIf(manifest === null)('diagnostics over the committed fixtures', () => {
  const m = manifest!;
  const now = Date.parse(m.referenceTime);
  const byId = new Map(m.certificates.map((c) => [c.id, c]));
  const der = (id: string) => bytes(byId.get(id)!.derPath);
  const caDers = () => m.certificates.filter((c) => c.role === 'root' || c.role === 'intermediate').map((c) => bytes(c.derPath));
  const summaryOf = async (id: string): Promise<CertificateSummary> => {
    const s = await summarizeCertificate(der(id));
    if (!s.ok) throw new Error(`${id} did not decode`);
    return s.value;
  };

  for (const file of m?.diagFiles ?? []) {
    it(`${file.file}: ${file.description}`, async () => {
      const content = bytes(file.file);
      switch (file.kind) {
        case 'certificate':
        case 'certificate-bundle':
        case 'pkcs7': {
          const read = await readCertificatesLeniently(file.file, content);
          expect(read.certificates.map((c) => c.summary.sha256)).toEqual(file.containsCertificates.map((id) => byId.get(id)!.sha256));
          expect(read.findings.filter((f) => f.severity === 'error')).toEqual([]);
          if (file.expectedRepairs) for (const kind of file.expectedRepairs) expect(read.repairs.map((r) => r.kind)).toContain(kind);
          const leafId = file.certificateId!;
          const chain = await checkChain(der(leafId), { now, extraCas: caDers(), presented: read.certificates.map((c) => c.der) });
          const details = await describeCertificate(der(leafId));
          if (!details.ok) throw new Error('no details');
          const codes = new Set([...read.findings.map((f) => f.code), ...chain.findings.map((f) => f.code)]);
          const summary = await summaryOf(leafId);
          for (const f of strengthFindings(summary, details.value)) codes.add(f.code);
          for (const code of file.expectedFindings) expect([...codes]).toContain(code);
          // The same bytes appear under certs/ (expecting nothing) and diag/ (expecting a BOM repair): a
          // harmless repair is a warning, never an error, so only repairs may appear where nothing is expected.
          if (file.expectedFindings.length === 0) expect(read.findings.filter((f) => f.severity === 'warning' && f.code !== 'pem-repaired')).toEqual([]);
          break;
        }
        case 'private-key':
        case 'encrypted-private-key':
        case 'csr': {
          const certificate = der(file.certificateId!);
          if (file.passphrase === null) {
            expect((await matchKey(certificate, { name: file.file, bytes: content })).finding.code).toBe(file.expectedFindings[0]);
          } else {
            expect((await matchKey(certificate, { name: file.file, bytes: content })).finding.code).toBe(file.expectedFindings[0]);
            expect((await matchKey(certificate, { name: file.file, bytes: content }, file.passphrase)).finding.code).toBe(file.expectedFindings[1]);
            expect((await matchKey(certificate, { name: file.file, bytes: content }, `${file.passphrase}x`)).finding.code).toBe('key-passphrase-wrong');
          }
          break;
        }
        case 'crl': {
          const read = loadCrl(content);
          if (!read.ok) throw new Error('CRL did not read');
          const servers = m.certificates.filter((c) => c.role === 'server').map((c) => der(c.id));
          const check = await checkCrl(read.value, caDers(), servers, { now });
          if (file.certificateId) {
            const target = await summaryOf(file.certificateId);
            expect(check.revoked.get(target.sha256)).toBe(true);
            expect([...check.revoked.values()].filter(Boolean)).toHaveLength(1);
          }
          for (const code of file.expectedFindings) expect(check.findings.map((f) => f.code)).toContain(code);
          break;
        }
        default:
          throw new Error(`unknown fixture kind ${file.kind}`);
      }
    });
  }

  it('agrees with the manifest on every certificate’s validity at the reference time', async () => {
    const codeFor: Record<string, string> = { valid: 'valid', expired: 'expired', 'expiring-soon': 'expires-soon', 'not-yet-valid': 'not-yet-valid' };
    for (const certificate of m.certificates) {
      const [finding] = validityFindings(await summaryOf(certificate.id), { now });
      expect([certificate.id, finding?.code]).toEqual([certificate.id, codeFor[certificate.validityAtReference]]);
    }
  });
});
