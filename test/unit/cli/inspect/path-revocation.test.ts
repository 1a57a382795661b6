import { beforeAll, describe, expect, it } from 'vitest';
import { judgeCrls, type CrlInput } from '../../../../cli/crl-input';
import { certificateFindings } from '../../../../cli/inspect/certificate-findings';
import type { InspectSetup } from '../../../../cli/inspect/inspect-report';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';
import { readCrl } from '../../../../shared/pki/crl/read-crl';
import type { FileCertificate } from '../../../../shared/pki/read-certificate-file';
import { hexBytes, makeTestCrl, type TestCrlSpec } from '../../../support/crl-factory';
import { makeChain, type Issued } from '../../shared/diagnostics/make-pki';

const NOW = Date.UTC(2025, 5, 2);
let pki: { root: Issued; intermediate: Issued; leaf: Issued };
let file: FileCertificate[];

beforeAll(async () => {
  pki = await makeChain('ec-p256', {}, 'Inspect');
  file = [];
  for (const issued of [pki.leaf, pki.intermediate]) {
    const summary = await summarizeCertificate(issued.der);
    if (!summary.ok) throw new Error('no summary');
    file.push({ der: issued.der, summary: summary.value, line: null });
  }
});

/** The --crl inputs as inspect judges them, from CRL specs named like files. */
async function crlInputs(specs: Record<string, TestCrlSpec>): Promise<CrlInput[]> {
  const read = [];
  for (const [path, spec] of Object.entries(specs)) {
    const parsed = readCrl(await makeTestCrl(spec));
    if (!parsed.ok) throw new Error(`${path} did not read`);
    read.push({ path, parsed: parsed.value });
  }
  return judgeCrls(read, [pki.root.der, pki.intermediate.der], NOW);
}

/** The revocation findings inspect gives the server certificate of a leaf + intermediate file, with the root as --ca. */
async function revocationFindings(crls: CrlInput[]) {
  const setup: InspectSetup = { host: null, key: null, extraCas: [pki.root.der], crls, crlSigners: [pki.root.der, ...file.map((c) => c.der)], now: NOW };
  const report = await certificateFindings(file[0]!, file, setup);
  return report.findings.filter((finding) => finding.code.includes('revo'));
}

describe('inspect --crl over the whole path', () => {
  it('reports a revoked intermediate from the root CRL in the server certificate\'s findings', async () => {
    const findings = await revocationFindings(
      await crlInputs({ 'root.crl': { issuer: pki.root, entries: [{ serial: hexBytes(pki.intermediate.cert.serialNumber), reason: 2 }] }, 'int.crl': { issuer: pki.intermediate } }),
    );
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['revoked-by-crl', 'error'],
      ['not-revoked-by-crl', 'ok'],
    ]);
    expect(findings[0]!.message.en).toContain('The intermediate CA certificate "Inspect Intermediate CA"');
    expect(findings[0]!.message.en).toContain('CA compromise');
    expect(findings[0]!.message.ja).toContain('中間 CA 証明書「Inspect Intermediate CA」');
    expect(findings[0]!.message.ja).toContain('CA の危殆化');
  });

  it('says plainly, as a note, which certificate of the path no CRL was given for', async () => {
    const findings = await revocationFindings(await crlInputs({ 'int.crl': { issuer: pki.intermediate } }));
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([
      ['revocation-not-checked', 'info'],
      ['not-revoked-by-crl', 'ok'],
    ]);
    expect(findings[0]!.message.en).toBe('Revocation not checked for the intermediate CA certificate "Inspect Intermediate CA" (serial ' + file[1]!.summary.serialHex + '): no CRL given for it.');
  });

  it('says once that revocation was not checked when no --crl was given', async () => {
    const findings = await revocationFindings([]);
    expect(findings.map((finding) => [finding.code, finding.severity])).toEqual([['revocation-not-checked', 'info']]);
    expect(findings[0]!.message.ja).toContain('サーバ証明書「www.example.ac.jp」');
  });

  it('does not use a CRL with an unknown critical extension, and says so at the file and for the certificate', async () => {
    const crls = await crlInputs({ 'crit.crl': { issuer: pki.intermediate, entries: [{ serial: hexBytes(pki.leaf.cert.serialNumber) }], extensions: [{ oid: '1.2.3.4', critical: true, value: Uint8Array.of(5, 0) }] } });
    expect(crls[0]!.trusted).toBe(false);
    expect(crls[0]!.findings.map((finding) => finding.code)).toEqual(['crl-not-usable']);
    expect((await revocationFindings(crls)).map((finding) => finding.code)).toEqual(['revocation-not-checked', 'revocation-not-checked']);
  });
});
