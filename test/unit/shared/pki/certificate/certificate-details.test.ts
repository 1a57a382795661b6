import { x509 } from '../../../../../shared/pki/x509-library';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeCertificate, type CertificateDetails } from '../../../../../shared/pki/certificate/certificate-details';
import { readCertificateSummary } from '../../../../../shared/pki/certificate/summarize-certificate';
import { extension, rawCertificate, sequence, tlv } from '../der/der-builder';
import { makeCa, makeCertificate, makeLeaf, toPemText, type TestCertificate } from './make-certificates';

let rsaCa: TestCertificate;
let ecCa: TestCertificate;
let leaf: TestCertificate;
beforeAll(async () => {
  rsaCa = await makeCa({ keyKind: 'RSA-2048', keySlot: 5, subject: 'C=JP, O=SECOM Trust Systems CO.\\,LTD., CN=Test RSA CA' });
  ecCa = await makeCa();
  leaf = await makeLeaf(rsaCa, {
    dnsNames: ['www.example.ac.jp', '*.example.ac.jp'],
    ipAddresses: ['192.0.2.1', '2001:db8::53'],
    emails: ['admin@example.ac.jp'],
    uris: ['https://www.example.ac.jp/'],
    serialHex: 'c0ffee',
    extraExtensions: [new x509.Extension('1.2.3.4.5', false, Uint8Array.of(0x05, 0x00))],
  });
});

/** describeCertificate that must succeed. */
async function details(der: Uint8Array): Promise<CertificateDetails> {
  const result = await describeCertificate(der);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const sha = (algorithm: string, bytes: Uint8Array | ArrayBuffer): string => createHash(algorithm).update(new Uint8Array(bytes)).digest('hex');

describe('describeCertificate', () => {
  it('gives version, names as text and parts, and the last CN', async () => {
    const d = await details(leaf.der);
    expect(d.version).toBe(3);
    expect(d.subject.text).toBe('CN=www.example.ac.jp, O=Example University, L=Academe, ST=Tokyo, C=JP');
    expect(d.subject.parts[0]).toEqual({ type: 'commonName', shortName: 'CN', oid: '2.5.4.3', value: 'www.example.ac.jp' });
    expect(d.issuer.text).toBe('C=JP, O=SECOM Trust Systems CO.\\,LTD., CN=Test RSA CA');
    expect(d.issuer.parts.map((p) => p.value)).toEqual(['JP', 'SECOM Trust Systems CO.,LTD.', 'Test RSA CA']);
    expect(d.commonName).toBe('www.example.ac.jp');
  });

  it('agrees with the fast path on every list field', async () => {
    const d = await details(leaf.der);
    const summary = readCertificateSummary(leaf.der);
    if (!summary.ok) throw new Error(JSON.stringify(summary.error));
    const s = summary.value;
    expect({
      subjectDn: d.subject.text,
      issuerDn: d.issuer.text,
      commonName: d.commonName,
      dnsNames: d.subjectAltNames.dnsNames,
      ipAddresses: d.subjectAltNames.ipAddresses,
      emailAddresses: d.subjectAltNames.emails,
      serialNumber: d.serialNumber,
      serialHex: d.serialHex,
      notBefore: d.notBefore,
      notAfter: d.notAfter,
      keyAlgorithm: d.publicKey.algorithm,
      keySize: d.publicKey.size,
      curve: d.publicKey.curve,
      isCa: d.basicConstraints?.cA ?? false,
    }).toEqual(s);
  });

  it('lists every SAN kind', async () => {
    expect((await details(leaf.der)).subjectAltNames).toEqual({
      dnsNames: ['www.example.ac.jp', '*.example.ac.jp'],
      ipAddresses: ['192.0.2.1', '2001:db8::53'],
      emails: ['admin@example.ac.jp'],
      uris: ['https://www.example.ac.jp/'],
    });
  });

  it('gives serial, key, SPKI hash and fingerprints in both hex forms', async () => {
    const d = await details(leaf.der);
    expect([d.serialNumber, d.serialHex]).toEqual(['12648430', 'C0:FF:EE']);
    expect(d.publicKey).toEqual({ algorithm: 'RSA', size: 2048, curve: null, spkiSha256: sha('sha256', leaf.certificate.publicKey.rawData) });
    expect(d.fingerprints.sha256).toBe(sha('sha256', leaf.der));
    expect(d.fingerprints.sha1).toBe(sha('sha1', leaf.der));
    expect(d.fingerprints.sha256Colon).toBe(sha('sha256', leaf.der).toUpperCase().match(/../g)!.join(':'));
    expect(d.fingerprints.sha1Colon).toBe(sha('sha1', leaf.der).toUpperCase().match(/../g)!.join(':'));
  });

  it('names the signature algorithm as openssl does', async () => {
    const ecLeaf = await makeLeaf(ecCa, { keyKind: 'P-256' });
    for (const [certificate, want] of [
      [leaf, { oid: '1.2.840.113549.1.1.11', name: 'sha256WithRSAEncryption', hash: 'SHA-256' }],
      [ecLeaf, { oid: '1.2.840.10045.4.3.3', name: 'ecdsa-with-SHA384', hash: 'SHA-384' }],
    ] as const) {
      const d = await details(certificate.der);
      expect(d.signatureAlgorithm).toEqual(want);
      const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: toPemText(certificate.der), encoding: 'utf8' });
      expect(text).toContain(`Signature Algorithm: ${want.name}`);
    }
  });

  it('decodes key usage, EKU, basic constraints, AIA, CRL DP, policies, SKI and AKI', async () => {
    const d = await details(leaf.der);
    const ca = await details(rsaCa.der);
    expect(d.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(d.extendedKeyUsage).toEqual([
      { oid: '1.3.6.1.5.5.7.3.1', name: 'serverAuth' },
      { oid: '1.3.6.1.5.5.7.3.2', name: 'clientAuth' },
    ]);
    expect(d.basicConstraints).toEqual({ cA: false, pathLen: null });
    expect(ca.basicConstraints).toEqual({ cA: true, pathLen: 0 });
    expect(ca.keyUsage).toEqual(['keyCertSign', 'cRLSign']);
    expect(d.authorityInfoAccess).toEqual({ ocsp: ['http://ocsp.example.jp/'], caIssuers: ['http://repo.example.jp/ca.cer'] });
    expect(d.crlDistributionPoints).toEqual(['http://repo.example.jp/ca.crl']);
    expect(d.certificatePolicies).toEqual([
      { oid: '2.23.140.1.2.2', name: 'CA/B Forum Organization Validated' },
      { oid: '1.2.392.200091.100.901.11', name: null },
    ]);
    expect(d.subjectKeyId).toMatch(/^[0-9a-f]{40}$/);
    expect(d.authorityKeyId).toBe(ca.subjectKeyId);
  });

  it('lists every extension with criticality, and raw hex for unknown ones', async () => {
    const d = await details(leaf.der);
    expect(d.extensions.find((e) => e.oid === '2.5.29.19')).toEqual({ oid: '2.5.29.19', name: 'basicConstraints', critical: true });
    expect(d.extensions.find((e) => e.oid === '1.2.3.4.5')).toEqual({ oid: '1.2.3.4.5', name: null, critical: false, valueHex: '0500' });
    expect(d.extensions).toHaveLength(10);
  });

  it('keeps other extensions readable when one cannot be decoded', async () => {
    // A SAN holding an x400Address, which @peculiar/x509 cannot show, beside a basicConstraints.
    const x400Address = tlv(0xa3, sequence());
    const der = rawCertificate({ extensions: [extension('2.5.29.17', sequence(x400Address)), extension('2.5.29.19', sequence(tlv(0x01, Uint8Array.of(0xff))), true)] });
    const d = await details(der);
    expect(d.basicConstraints).toEqual({ cA: true, pathLen: null });
    expect(d.extensions[0]).toEqual({ oid: '2.5.29.17', name: 'subjectAltName', critical: false, valueHex: '3004a3023000' });
    expect(d.subjectAltNames.dnsNames).toEqual([]);
  });

  it('gives plain arrays, so the details survive structured cloning unchanged', async () => {
    const d = await details(leaf.der);
    expect(structuredClone(d)).toEqual(d);
    expect(Object.getPrototypeOf(d.subject.parts)).toBe(Array.prototype);
    expect(Object.getPrototypeOf(d.extendedKeyUsage)).toBe(Array.prototype);
  });

  it('includes the PEM text', async () => {
    expect((await details(leaf.der)).pem).toBe(toPemText(leaf.der));
  });

  it('reads a v1 certificate without extensions', async () => {
    const d = await details(rawCertificate({ version: 1 }));
    expect([d.version, d.extensions, d.basicConstraints]).toEqual([1, [], null]);
  });

  it('fails with the fast path failure values', async () => {
    const self = await makeCertificate();
    expect(await describeCertificate(Uint8Array.of(1, 2, 3))).toEqual({ ok: false, error: 'not-a-certificate' });
    expect(await describeCertificate(self.der.subarray(0, 100))).toEqual({ ok: false, error: 'truncated' });
  });
});
