import { x509 } from '../../../../shared/pki/x509-library';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkCrl, judgeCrl, loadCrl } from '../../../../shared/diagnostics/crl-check';
import { derOid, derSequence, DER_NULL } from '../../../../shared/pki/der/der-writer';
import { makeTestCrl, type TestCrlSpec } from '../../../support/crl-factory';
import type { CertificateSummary } from '../../../../shared/model/certificate-summary';
import { summarizeCertificate } from '../../../../shared/pki/certificate/summarize-certificate';
import { bytesOf, issue, makeChain, makeCrl, pemOf, type Issued } from './make-pki';

const { X509CrlReason } = x509;
const X509KeyUsage = x509.KeyUsageFlags;

let pki: { root: Issued; intermediate: Issued; leaf: Issued };
let other: Issued;
let otherSummary: CertificateSummary;
let leafSummary: CertificateSummary;
let foreign: { root: Issued; intermediate: Issued; leaf: Issued };

const summaryOf = async (issued: Issued): Promise<CertificateSummary> => {
  const result = await summarizeCertificate(issued.der);
  if (!result.ok) throw new Error('no summary');
  return result.value;
};

beforeAll(async () => {
  pki = await makeChain('rsa2048');
  other = await issue({ subject: 'CN=mail.example.ac.jp', issuer: pki.intermediate, dnsNames: ['mail.example.ac.jp'] });
  leafSummary = await summaryOf(pki.leaf);
  otherSummary = await summaryOf(other);
  foreign = await makeChain('ec-p256', {}, 'Foreign');
});

const serialHexOf = (summary: CertificateSummary) => summary.serialHex.replace(/:/g, '');

describe('loadCrl', () => {
  it('reads a DER CRL and a PEM CRL with its dates', async () => {
    const crl = await makeCrl(pki.intermediate, [], { thisUpdate: new Date(Date.UTC(2025, 5, 1)) });
    for (const bytes of [new Uint8Array(crl.rawData), bytesOf(crl.toString('pem')), bytesOf(`> ${crl.toString('pem').replace(/\n/g, '\n> ')}`)]) {
      const read = loadCrl(bytes);
      expect(read.ok).toBe(true);
      if (read.ok) {
        expect(read.value.thisUpdate).toBe(Date.UTC(2025, 5, 1));
        expect(read.value.issuerDn).toBe(pki.intermediate.cert.subject);
      }
    }
  });

  it('refuses a certificate given as a CRL', () => {
    const read = loadCrl(bytesOf(pki.leaf.pem));
    expect(read.ok ? null : read.error.code).toBe('crl-unreadable');
  });

  it('refuses random bytes', () => {
    const read = loadCrl(new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x00]));
    expect(read.ok ? null : read.error.code).toBe('crl-unreadable');
  });
});

describe('checkCrl', () => {
  const revokedAt = new Date(Date.UTC(2025, 4, 20, 3, 0, 0));
  type Case = { name: string; make: () => Promise<{ crlBytes: Uint8Array; candidates: Uint8Array[]; now?: number }>; want: { codes: string[]; verified: boolean; text?: RegExp } };
  const cases: Case[] = [
    {
      name: 'reports the listed certificate as revoked, with date, reason and as-of date, and the other as not revoked',
      make: async () => ({ crlBytes: new Uint8Array((await makeCrl(pki.intermediate, [{ serialHex: serialHexOf(leafSummary), revokedAt, reason: X509CrlReason.keyCompromise }])).rawData), candidates: [pki.root.der, pki.intermediate.der] }),
      want: { codes: ['revoked-by-crl', 'not-revoked-by-crl'], verified: true, text: /2025\/05\/20 12:00:00.*Key compromise.*as of the CRL of 2025\/06\/01/ },
    },
    {
      name: 'reports nothing revoked for an empty CRL',
      make: async () => ({ crlBytes: new Uint8Array((await makeCrl(pki.intermediate, [])).rawData), candidates: [pki.intermediate.der] }),
      want: { codes: ['not-revoked-by-crl', 'not-revoked-by-crl'], verified: true, text: /as of 2025\/06\/01/ },
    },
    {
      name: 'refuses a CRL whose signature was made by another key',
      make: async () => ({ crlBytes: new Uint8Array((await makeCrl(pki.intermediate, [{ serialHex: serialHexOf(leafSummary), revokedAt }], { signer: foreign.intermediate })).rawData), candidates: [pki.intermediate.der] }),
      want: { codes: ['crl-signature-invalid'], verified: false },
    },
    {
      name: 'refuses a CRL with a damaged signature',
      make: async () => {
        const der = new Uint8Array((await makeCrl(pki.intermediate, [])).rawData);
        der[der.length - 5] = der[der.length - 5]! ^ 0xff;
        return { crlBytes: der, candidates: [pki.intermediate.der] };
      },
      want: { codes: ['crl-signature-invalid'], verified: false },
    },
    {
      name: 'refuses a CRL from a CA that is not known',
      make: async () => ({ crlBytes: new Uint8Array((await makeCrl(foreign.intermediate, [])).rawData), candidates: [pki.root.der, pki.intermediate.der] }),
      want: { codes: ['crl-issuer-unknown'], verified: false },
    },
    {
      name: 'warns when the CRL is past its next update',
      make: async () => ({ crlBytes: new Uint8Array((await makeCrl(pki.intermediate, [])).rawData), candidates: [pki.intermediate.der], now: Date.UTC(2026, 0, 1) }),
      want: { codes: ['crl-outdated', 'not-revoked-by-crl', 'not-revoked-by-crl'], verified: true },
    },
  ];
  for (const { name, make, want } of cases) {
    it(name, async () => {
      const { crlBytes, candidates, now } = await make();
      const read = loadCrl(crlBytes);
      if (!read.ok) throw new Error('CRL did not read');
      const check = await checkCrl(read.value, candidates, [pki.leaf.der, other.der, foreign.leaf.der], now === undefined ? {} : { now });
      expect(check.findings.map((f) => f.code)).toEqual(want.codes);
      expect(check.issuerVerified).toBe(want.verified);
      if (want.text) expect(check.findings[0]?.message.en).toMatch(want.text);
      for (const finding of check.findings) if (finding.severity !== 'ok') expect(finding.advice?.ja).toBeTruthy();
    });
  }

  it('maps each checked certificate to revoked or not, and skips certificates of other CAs', async () => {
    const read = loadCrl(new Uint8Array((await makeCrl(pki.intermediate, [{ serialHex: serialHexOf(otherSummary), revokedAt }])).rawData));
    if (!read.ok) throw new Error('CRL did not read');
    const foreignSummary = await summaryOf(foreign.leaf);
    const check = await checkCrl(read.value, [pki.intermediate.der], [pki.leaf.der, other.der, foreign.leaf.der]);
    expect(check.revoked.get(otherSummary.sha256)).toBe(true);
    expect(check.revoked.get(leafSummary.sha256)).toBe(false);
    expect(check.revoked.has(foreignSummary.sha256)).toBe(false);
  });

  it('reads a PEM CRL written by the generator and checks an ECDSA CA', async () => {
    const ecSummary = await summaryOf(foreign.leaf);
    const crl = await makeCrl(foreign.intermediate, [{ serialHex: serialHexOf(ecSummary), revokedAt }]);
    const read = loadCrl(bytesOf(pemOf(new Uint8Array(crl.rawData), 'X509 CRL')));
    if (!read.ok) throw new Error('CRL did not read');
    const check = await checkCrl(read.value, [foreign.intermediate.der], [foreign.leaf.der]);
    expect(check.findings.map((f) => f.code)).toEqual(['revoked-by-crl']);
  });
});

describe('judgeCrl', () => {
  const now = Date.UTC(2025, 5, 2);
  let noCrlSign: Issued;
  beforeAll(async () => {
    noCrlSign = await issue({ subject: 'CN=No CRL Sign CA, C=JP', issuer: pki.root, isCa: true, keyUsage: X509KeyUsage.keyCertSign, notAfter: new Date(Date.UTC(2030, 0, 1)) });
  });
  type Case = { name: string; spec: () => TestCrlSpec; candidates: () => Uint8Array[]; want: { usable: boolean; codes: string[]; text?: RegExp } };
  const cases: Case[] = [
    { name: 'accepts a CRL its CA signed', spec: () => ({ issuer: pki.intermediate }), candidates: () => [pki.intermediate.der], want: { usable: true, codes: [] } },
    {
      name: 'refuses a CRL with an unknown critical extension, whoever signed it',
      spec: () => ({ issuer: pki.intermediate, extensions: [{ oid: '1.2.3.4', critical: true, value: DER_NULL }] }),
      candidates: () => [pki.intermediate.der],
      want: { usable: false, codes: ['crl-not-usable'], text: /critical extension/ },
    },
    {
      name: 'refuses a CRL signed by a CA certificate without cRLSign',
      spec: () => ({ issuer: noCrlSign }),
      candidates: () => [noCrlSign.der],
      want: { usable: false, codes: ['crl-not-usable'], text: /cRLSign/ },
    },
    {
      name: 'says an unsupported signature algorithm is unsupported, not that the CRL is damaged',
      spec: () => ({ issuer: pki.intermediate, algorithm: derSequence(derOid('1.2.840.113549.1.1.4'), DER_NULL) }),
      candidates: () => [pki.intermediate.der],
      want: { usable: false, codes: ['crl-not-usable'], text: /does not support/ },
    },
    {
      name: 'notes that a delta CRL cannot show "not revoked" on its own',
      spec: () => ({ issuer: pki.intermediate, number: 3n, deltaBase: 2n }),
      candidates: () => [pki.intermediate.der],
      want: { usable: true, codes: ['crl-delta'], text: /delta CRL/ },
    },
  ];
  for (const { name, spec, candidates, want } of cases) {
    it(name, async () => {
      const read = loadCrl(await makeTestCrl(spec()));
      if (!read.ok) throw new Error('CRL did not read');
      const judgement = await judgeCrl(read.value, candidates(), now);
      expect({ usable: judgement.usable, codes: judgement.findings.map((f) => f.code) }).toEqual({ usable: want.usable, codes: want.codes });
      if (want.text) expect(judgement.findings[0]?.message.en).toMatch(want.text);
      for (const finding of judgement.findings) expect(finding.message.ja).toBeTruthy();
    });
  }
});
