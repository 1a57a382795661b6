import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CAS } from '../../../../shared/pki/cas/bundled-cas';
import { checkChain } from '../../../../shared/diagnostics/chain-findings';
import { verifyChainFile } from '../../../../shared/diagnostics/verify-chain-file';
import { chainFileBytes, chainFileName } from '../../../../shared/export/chain-files';
import { chainExportFiles } from '../../../../shared/use-cases/export-files';
import type { ChainOptions } from '../../../../shared/pki/chain/build-chain-path';
import { issue, makeChain, type Issued } from './make-pki';
import { tempFolder } from '../../../support/temp-folder';

const NOW = Date.UTC(2026, 0, 15);
const derOf = (pem: string) => new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s/g, ''), 'base64'));
const bundled = (id: string) => derOf(BUNDLED_CAS.find((ca) => ca.id === id)!.pem);

describe('checkChain with the bundled NII/SECOM CAs', () => {
  it('chains NII Open Domain CA - G7 RSA to Security Communication RootCA2 with verified signatures', async () => {
    const result = await checkChain(bundled('nii-odca-g7-rsa'), { now: NOW });
    expect(result.links.map((l) => [l.bundledId ?? l.source, l.role, l.signatureValid])).toEqual([
      ['leaf', 'leaf', true],
      ['security-communication-rootca2', 'root', true],
    ]);
    expect(result.complete).toBe(true);
    expect(result.findings.map((f) => f.code)).toEqual(['chain-complete']);
  });

  it('chains NII Open Domain CA - G8 RSA through the 2024 cross certificate to RootCA2', async () => {
    const result = await checkChain(bundled('nii-odca-g8-rsa'), { now: NOW });
    expect(result.links.map((l) => [l.bundledId ?? l.source, l.role, l.signatureValid])).toEqual([
      ['leaf', 'leaf', true],
      ['secom-tls-rsa-root-ca-2024-cross', 'intermediate', true],
      ['security-communication-rootca2', 'root', true],
    ]);
    expect(result.complete).toBe(true);
  });

  it('treats the self-signed bundled roots as complete chains', async () => {
    for (const id of ['security-communication-rootca2', 'security-communication-ecc-rootca1', 'secom-tls-rsa-root-ca-2024', 'secom-tls-ecc-root-ca-2024']) {
      const result = await checkChain(bundled(id), { now: NOW });
      expect(result.links).toHaveLength(1);
      expect(result.links[0]?.signatureValid).toBe(true);
    }
  });

  it('flags G7 RSA once its root RootCA2 has expired (2029-05-29)', async () => {
    const result = await checkChain(bundled('nii-odca-g7-rsa'), { now: Date.UTC(2030, 0, 1) });
    expect(result.links.map((l) => [l.status, l.role])).toEqual([['expired', 'leaf'], ['expired', 'root']]);
    expect(result.valid).toBe(false);
    expect(result.findings.map((f) => f.code)).toContain('expired-root');
  });

  // Issue 10: after the cross certificate and RootCA2 expire, G8 must chain to the self-signed 2024 root
  // (backtracking past the expired cross certificate), not report an expired intermediate.
  it('chains G8 RSA through the self-signed SECOM TLS RSA Root CA 2024 on 2029-06-01', async () => {
    const result = await checkChain(bundled('nii-odca-g8-rsa'), { now: Date.UTC(2029, 5, 1) });
    expect(result.links.map((l) => [l.bundledId ?? l.source, l.role, l.status])).toEqual([
      ['leaf', 'leaf', 'ok'],
      ['secom-tls-rsa-root-ca-2024', 'root', 'ok'],
    ]);
    expect(result.valid).toBe(true);
    expect(result.findings.map((f) => f.code)).toEqual(['chain-complete']);
  });
});

describe('checkChain with a throw-away PKI', () => {
  let rsa: { root: Issued; intermediate: Issued; leaf: Issued };
  let ec: { root: Issued; intermediate: Issued; leaf: Issued };
  let expiredIntermediate: Issued;
  let leafOfExpired: Issued;
  let retired: Issued;
  let leafOfRetired: Issued;
  let impostor: Issued;
  let leafNoIds: Issued;
  let spelledIntermediate: Issued;
  let leafOtherSpelling: Issued;
  let stranger: Issued;
  let selfSigned: Issued;

  beforeAll(async () => {
    rsa = await makeChain('rsa2048');
    ec = await makeChain('ec-p384', {}, 'EC');
    expiredIntermediate = await issue({ subject: 'CN=Expired Intermediate, O=Throwaway PKI, C=JP', issuer: rsa.root, isCa: true, notBefore: new Date(Date.UTC(2020, 0, 1)), notAfter: new Date(Date.UTC(2025, 11, 31)) });
    leafOfExpired = await issue({ subject: 'CN=old.example.ac.jp', issuer: expiredIntermediate, dnsNames: ['old.example.ac.jp'], notBefore: new Date(Date.UTC(2025, 0, 1)), notAfter: new Date(Date.UTC(2026, 6, 1)) });
    retired = await issue({ subject: 'CN=NII Open Domain CA - G4, O=SECOM Trust Systems CO.\\,LTD., C=JP', issuer: rsa.root, isCa: true });
    leafOfRetired = await issue({ subject: 'CN=legacy.example.ac.jp', issuer: retired, dnsNames: ['legacy.example.ac.jp'] });
    // Same name as the real intermediate, another key, and no key identifiers: only the signature tells them apart.
    const namesake = await issue({ subject: rsa.intermediate.subject, issuer: rsa.root, isCa: true, noKeyIds: true });
    impostor = namesake;
    leafNoIds = await issue({ subject: 'CN=noids.example.ac.jp', issuer: rsa.intermediate, noKeyIds: true, dnsNames: ['noids.example.ac.jp'] });
    spelledIntermediate = await issue({ subject: 'CN=Spelling CA, O=SECOM Trust Systems CO.\\,LTD., C=JP', issuer: rsa.root, isCa: true, noKeyIds: true });
    leafOtherSpelling = await issue({ subject: 'CN=spell.example.ac.jp', issuer: spelledIntermediate, issuerName: 'CN=Spelling CA, O=SECOM Trust Systems Co.\\, Ltd., C=JP', noKeyIds: true });
    stranger = (await makeChain('rsa2048', {}, 'Stranger')).intermediate;
    selfSigned = await issue({ subject: 'CN=self.example.ac.jp', dnsNames: ['self.example.ac.jp'] });
  });

  type Case = { name: string; input: () => { leaf: Uint8Array; options: ChainOptions }; want: { codes: string[]; roles?: string[]; complete: boolean } };
  const cases: Case[] = [
    { name: 'completes an RSA chain from user CA files', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der] } }), want: { codes: ['chain-complete'], roles: ['leaf', 'intermediate', 'root'], complete: true } },
    { name: 'completes an ECDSA P-384 chain', input: () => ({ leaf: ec.leaf.der, options: { now: NOW, extraCas: [ec.root.der, ec.intermediate.der] } }), want: { codes: ['chain-complete'], roles: ['leaf', 'intermediate', 'root'], complete: true } },
    { name: 'names the missing issuer when no intermediate is available', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, extraCas: [rsa.root.der] } }), want: { codes: ['incomplete-chain'], roles: ['leaf'], complete: false } },
    { name: 'says the server file lacks the intermediate even when the app can complete the chain', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der], presented: [rsa.leaf.der] } }), want: { codes: ['incomplete-chain'], complete: true } },
    { name: 'accepts a server file with leaf then intermediate', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, extraCas: [rsa.root.der], presented: [rsa.leaf.der, rsa.intermediate.der] } }), want: { codes: ['chain-complete'], complete: true } },
    { name: 'reports a server file with the intermediate before the leaf', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, extraCas: [rsa.root.der], presented: [rsa.intermediate.der, rsa.leaf.der] } }), want: { codes: ['chain-complete', 'wrong-order'], complete: true } },
    { name: 'reports a root included in the server file', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, presented: [rsa.leaf.der, rsa.intermediate.der, rsa.root.der], extraCas: [rsa.root.der] } }), want: { codes: ['chain-complete', 'unneeded-root'], complete: true } },
    { name: 'does not trust a root that only the server file holds', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, presented: [rsa.leaf.der, rsa.intermediate.der, rsa.root.der] } }), want: { codes: ['untrusted-root', 'unneeded-root'], roles: ['leaf', 'intermediate', 'root'], complete: false } },
    { name: 'reports a certificate in the server file that is off the path', input: () => ({ leaf: rsa.leaf.der, options: { now: NOW, presented: [rsa.leaf.der, rsa.intermediate.der, stranger.der], extraCas: [rsa.root.der] } }), want: { codes: ['chain-complete', 'unrelated-certificate'], complete: true } },
    { name: 'reports an expired intermediate', input: () => ({ leaf: leafOfExpired.der, options: { now: NOW, extraCas: [expiredIntermediate.der, rsa.root.der] } }), want: { codes: ['expired-intermediate'], complete: true } },
    { name: 'reports a retired NII intermediate (G4) by name', input: () => ({ leaf: leafOfRetired.der, options: { now: NOW, extraCas: [retired.der, rsa.root.der] } }), want: { codes: ['retired-intermediate'], complete: true } },
    { name: 'reports a signature that does not verify with a same-named issuer', input: () => ({ leaf: leafNoIds.der, options: { now: NOW, extraCas: [impostor.der, rsa.root.der] } }), want: { codes: ['signature-invalid'], complete: false } },
    { name: 'prefers the issuer whose signature verifies among same-named candidates', input: () => ({ leaf: leafNoIds.der, options: { now: NOW, extraCas: [impostor.der, rsa.intermediate.der, rsa.root.der] } }), want: { codes: ['chain-complete'], complete: true } },
    { name: 'links issuer names spelled "CO.,LTD." and "Co., Ltd."', input: () => ({ leaf: leafOtherSpelling.der, options: { now: NOW, extraCas: [spelledIntermediate.der, rsa.root.der] } }), want: { codes: ['chain-complete'], roles: ['leaf', 'intermediate', 'root'], complete: true } },
    { name: 'reports a self-signed server certificate', input: () => ({ leaf: selfSigned.der, options: { now: NOW } }), want: { codes: ['self-signed'], complete: false } },
    { name: 'reports an unreadable leaf', input: () => ({ leaf: new Uint8Array([0x30, 0x03, 1, 2, 3]), options: { now: NOW } }), want: { codes: ['chain-unreadable'], complete: false } },
  ];
  for (const { name, input, want } of cases) {
    it(name, async () => {
      const { leaf, options } = input();
      const result = await checkChain(leaf, options);
      expect(result.findings.map((f) => f.code).sort()).toEqual([...want.codes].sort());
      expect(result.complete).toBe(want.complete);
      if (want.roles) expect(result.links.map((l) => l.role)).toEqual(want.roles);
      for (const finding of result.findings) {
        expect(finding.message.ja).not.toBe('');
        if (finding.severity !== 'ok') expect(finding.advice?.en ?? '').not.toBe('');
      }
    });
  }

  it('offers chain files only for a path that validates', async () => {
    const valid = await checkChain(rsa.leaf.der, { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der] });
    const expired = await checkChain(leafOfExpired.der, { now: NOW, extraCas: [expiredIntermediate.der, rsa.root.der] });
    const untrusted = await checkChain(rsa.leaf.der, { now: NOW, presented: [rsa.leaf.der, rsa.intermediate.der, rsa.root.der] });
    expect(chainExportFiles(valid, {}).map((file) => file.kind)).toEqual(['chain', 'fullchain', 'p7b']);
    expect(chainExportFiles(expired, {})).toEqual([]);
    expect(chainExportFiles(untrusted, {})).toEqual([]);
  });

  it('names the missing issuer DN in incomplete-chain', async () => {
    const result = await checkChain(rsa.leaf.der, { now: NOW });
    expect(result.missingIssuer).toBe(rsa.intermediate.cert.subject);
    expect(result.findings[0]?.message.en).toContain('Test Intermediate CA');
  });

  it('points to the NII repository page for a missing NII intermediate', async () => {
    const g7ecc = await issue({ subject: 'CN=NII Open Domain CA - G7 ECC, O=SECOM Trust Systems CO.\\,LTD., C=JP', kind: 'ec-p384', isCa: true });
    const leaf = await issue({ subject: 'CN=ecc.example.ac.jp', issuer: g7ecc });
    const result = await checkChain(leaf.der, { now: NOW });
    expect(result.findings[0]?.code).toBe('incomplete-chain');
    expect(result.findings[0]?.advice?.ja).toContain('証明書リポジトリ');
    expect(result.findings[0]?.advice?.en).toContain('UPKI');
  });

  it('gives the Apache SSLCertificateChainFile line when the server file lacks the intermediate', async () => {
    const result = await checkChain(rsa.leaf.der, { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der], presented: [rsa.leaf.der] });
    expect(result.findings[0]?.advice?.en).toContain('SSLCertificateChainFile');
  });

  describe('chain files', () => {
    const kinds = [
      { kind: 'chain' as const, count: 1 },
      { kind: 'fullchain' as const, count: 2 },
      { kind: 'p7b' as const, count: 2 },
    ];
    for (const { kind, count } of kinds) {
      it(`writes a ${kind} file that reads back and that OpenSSL accepts`, async () => {
        const chain = await checkChain(rsa.leaf.der, { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der] });
        for (const lineEnding of ['\n', '\r\n'] as const) {
          const bytes = chainFileBytes(chain, kind, lineEnding);
          const leafSha = chain.links[0]!.summary.sha256;
          const check = await verifyChainFile(bytes, kind, leafSha, chain);
          expect(check.finding.code).toBe('chain-file-verified');
          expect(check.sha256s).toHaveLength(count);
          const dir = tempFolder('chain');
          const file = join(dir, chainFileName('www.example.ac.jp', kind));
          writeFileSync(file, bytes);
          const printed = kind === 'p7b'
            ? execFileSync('openssl', ['pkcs7', '-inform', 'DER', '-in', file, '-print_certs', '-noout']).toString()
            : execFileSync('openssl', ['crl2pkcs7', '-nocrl', '-certfile', file]).toString();
          expect(printed.length).toBeGreaterThan(0);
          if (kind !== 'p7b') {
            // The full chain verifies with OpenSSL against the throw-away root.
            writeFileSync(join(dir, 'root.pem'), rsa.root.pem);
            writeFileSync(join(dir, 'leaf.pem'), rsa.leaf.pem);
            writeFileSync(join(dir, 'inter.pem'), rsa.intermediate.pem);
            const verified = execFileSync('openssl', ['verify', '-attime', String(NOW / 1000), '-CAfile', join(dir, 'root.pem'), '-untrusted', file, join(dir, 'leaf.pem')]).toString();
            expect(verified).toContain('OK');
          }
        }
      });
    }

    it('names the files after the host', () => {
      expect(['chain', 'fullchain', 'p7b'].map((k) => chainFileName('www.example.ac.jp', k as 'chain'))).toEqual(['www.example.ac.jp.chain.crt', 'www.example.ac.jp.fullchain.crt', 'www.example.ac.jp.p7b']);
    });

    const broken = [
      { name: 'refuses a fullchain whose order is reversed', make: (l: Issued, i: Issued) => l.pem.length && Buffer.from(i.pem + l.pem), kind: 'fullchain' as const },
      { name: 'refuses a chain file that holds the leaf', make: (l: Issued, i: Issued) => Buffer.from(l.pem + i.pem), kind: 'chain' as const },
      { name: 'refuses a fullchain that includes the root', make: (l: Issued, i: Issued) => Buffer.from(l.pem + i.pem + rsa.root.pem), kind: 'fullchain' as const },
      { name: 'refuses an empty file', make: () => Buffer.from(''), kind: 'fullchain' as const },
      { name: 'refuses a damaged p7b', make: () => Buffer.from([0x30, 0x80, 1, 2]), kind: 'p7b' as const },
    ];
    for (const { name, make, kind } of broken) {
      it(name, async () => {
        const bytes = make(rsa.leaf, rsa.intermediate);
        const check = await verifyChainFile(new Uint8Array(bytes as Buffer), kind, (await checkChain(rsa.leaf.der, { now: NOW })).links[0]!.summary.sha256);
        expect(check.ok).toBe(false);
        expect(check.finding.code).toBe('chain-file-invalid');
      });
    }

    it('refuses a file that differs from the expected chain', async () => {
      const chain = await checkChain(rsa.leaf.der, { now: NOW, extraCas: [rsa.intermediate.der, rsa.root.der] });
      const other = await checkChain(ec.leaf.der, { now: NOW, extraCas: [ec.intermediate.der, ec.root.der] });
      const check = await verifyChainFile(chainFileBytes(other, 'fullchain'), 'fullchain', chain.links[0]!.summary.sha256, chain);
      expect(check.ok).toBe(false);
    });
  });
});
