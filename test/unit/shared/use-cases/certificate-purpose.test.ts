import { beforeAll, describe, expect, it } from 'vitest';
import { certificatePurpose } from '../../../../shared/pki/certificate/certificate-purpose';
import { buildCertificateReport } from '../../../../shared/use-cases/certificate-report';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';
import { makeRecord } from '../../../support/record-factory';
import { CLIENT_AUTH, makeChain, SERVER_AUTH, type Issued } from '../diagnostics/make-pki';

const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const TIME_STAMPING = '1.3.6.1.5.5.7.3.8';
const NOW = Date.UTC(2026, 0, 15);

describe('certificatePurpose', () => {
  it.each([
    { name: 'no EKU is a server certificate (as browsers read it)', eku: null, want: 'server' },
    { name: 'serverAuth and clientAuth (UPKI server profiles) is a server certificate', eku: [SERVER_AUTH, CLIENT_AUTH], want: 'server' },
    { name: 'clientAuth alone is a client certificate', eku: [CLIENT_AUTH], want: 'client' },
    { name: 'S/MIME (emailProtection, clientAuth) is a client certificate', eku: [EMAIL_PROTECTION, CLIENT_AUTH], want: 'client' },
    { name: 'codeSigning is a code-signing certificate', eku: [CODE_SIGNING], want: 'code-signing' },
    { name: 'another EKU without serverAuth is still judged as a server certificate', eku: [TIME_STAMPING], want: 'server' },
  ] as const)('$name', ({ eku, want }) => expect(certificatePurpose(eku)).toBe(want));
});

describe('a certificate is judged by what it is for', () => {
  const chains: Record<string, { root: Issued; intermediate: Issued; leaf: Issued }> = {};
  beforeAll(async () => {
    chains.smime = await makeChain('ec-p256', { subject: 'CN=Takahashi Misaki, E=takahashi@example.ac.jp, O=Example University, C=JP', dnsNames: [], eku: [EMAIL_PROTECTION, CLIENT_AUTH] }, 'Client');
    chains.timeStamping = await makeChain('ec-p256', { eku: [TIME_STAMPING] }, 'Stamp');
  }, 120_000);

  /** The report of the chain's leaf as a list row (fqdn empty, as in clientAll.tsv) or, with `loose`, as a file opened on its own. */
  const report = async (chain: { root: Issued; intermediate: Issued; leaf: Issued }, options: { host?: string; loose?: boolean } = {}) => {
    const summary = await summarizeCertificate(chain.leaf.der);
    if (!summary.ok) throw new Error('no summary');
    const record = options.loose ? null : makeRecord({ fqdn: '', certificate: summary.value });
    return buildCertificateReport({ der: chain.leaf.der, now: NOW, record, extraCas: [chain.root.der, chain.intermediate.der], ...(options.host ? { host: options.host } : {}) });
  };

  it('an S/MIME certificate of a list row gets no server finding, says what it is, and its chain validates', async () => {
    const { findings } = await report(chains.smime!);
    const codes = findings.map((finding) => finding.code);
    expect(codes).not.toContain('no-server-auth');
    expect(codes).not.toContain('name-mismatch');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(findings.find((finding) => finding.code === 'certificate-purpose')?.message.ja).toContain('クライアント証明書（S/MIME を含む）');
    expect(codes).toContain('chain-complete');
  });

  it('a client certificate whose issuing CA is not at hand says the chain was not checked, not that it is broken', async () => {
    const summary = await summarizeCertificate(chains.smime!.leaf.der);
    if (!summary.ok) throw new Error('no summary');
    const { findings } = await buildCertificateReport({ der: chains.smime!.leaf.der, now: NOW, record: makeRecord({ fqdn: '', certificate: summary.value }) });
    const chain = findings.find((finding) => finding.code === 'incomplete-chain');
    expect(chain?.severity).toBe('info');
    expect(chain?.message.ja).toContain('チェーンは確認していません');
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('a host asked for by name is still matched against a client certificate', async () => {
    const { findings } = await report(chains.smime!, { host: 'www.example.ac.jp' });
    expect(findings.map((finding) => finding.code)).toContain('name-mismatch');
  });

  it('a client certificate opened as a file (to put on a server) is told it cannot serve a web site', async () => {
    const codes = (await report(chains.smime!, { loose: true })).findings.map((finding) => finding.code);
    expect(codes).toContain('no-server-auth');
    expect(codes).not.toContain('certificate-purpose');
  });

  it('a certificate with another EKU and no serverAuth is still refused for a server', async () => {
    const codes = (await report(chains.timeStamping!)).findings.map((finding) => finding.code);
    expect(codes).toContain('no-server-auth');
    expect(codes).not.toContain('certificate-purpose');
  });
});
