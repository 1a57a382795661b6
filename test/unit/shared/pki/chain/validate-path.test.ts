import { AsnConvert } from '@peculiar/asn1-schema';
import { GeneralName, GeneralSubtree, GeneralSubtrees, Name, NameConstraints } from '@peculiar/asn1-x509';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChainPath, type ChainOptions } from '../../../../../shared/pki/chain/build-chain-path';
import { MAX_SIGNATURE_CHECKS } from '../../../../../shared/pki/chain/find-path';
import { x509 } from '../../../../../shared/pki/x509-library';
import { CLIENT_AUTH, issue, SERVER_AUTH, type Issued } from '../../diagnostics/make-pki';

const NOW = Date.UTC(2026, 0, 15);
const LEAF = 'CN=www.example.ac.jp, O=Example University, C=JP';

/** A nameConstraints extension (critical unless said otherwise) from permitted and excluded GeneralNames. */
function nameConstraints(permitted: GeneralName[], excluded: GeneralName[] = [], critical = true): x509.Extension {
  const subtrees = (names: GeneralName[]) => (names.length > 0 ? new GeneralSubtrees(names.map((base) => new GeneralSubtree({ base }))) : undefined);
  const value = AsnConvert.serialize(new NameConstraints({ permittedSubtrees: subtrees(permitted), excludedSubtrees: subtrees(excluded) }));
  return new x509.Extension('2.5.29.30', critical, value);
}

const dns = (value: string) => new GeneralName({ dNSName: value });
const ip = (value: string) => new GeneralName({ iPAddress: value });
const directory = (dn: string) => new GeneralName({ directoryName: AsnConvert.parse(new x509.Name(dn).toArrayBuffer(), Name) });

/** The same certificate with its signature algorithm OID rewritten from sha256WithRSAEncryption to md5WithRSAEncryption (same length). */
function asMd5Signed(der: Uint8Array): Uint8Array {
  const out = new Uint8Array(der);
  const sha256Rsa = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x0b];
  for (let i = 0; i + sha256Rsa.length <= out.length; i++) {
    if (sha256Rsa.every((byte, k) => out[i + k] === byte)) out[i + sha256Rsa.length - 1] = 0x04;
  }
  return out;
}

/** The certificate with one bit of its signature value flipped. */
function withBrokenSignature(der: Uint8Array): Uint8Array {
  const out = new Uint8Array(der);
  out[out.length - 5]! ^= 0x01;
  return out;
}

describe('path validation (RFC 5280 §6), one rule at a time', () => {
  const pki: Record<string, Issued> = {};
  // P-256 keys unless a case needs RSA: key generation is most of this suite's work.
  const ca = (subject: string, extra: Partial<Parameters<typeof issue>[0]> = {}) => issue({ subject, isCa: true, kind: 'ec-p256', notAfter: new Date(Date.UTC(2035, 0, 1)), ...extra });

  beforeAll(async () => {
    pki.root = await ca('CN=Rule Root, O=Throwaway PKI, C=JP', { kind: 'rsa2048' });
    pki.ica = await ca('CN=Rule ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, kind: 'rsa2048' });
    pki.leaf = await issue({ subject: LEAF, issuer: pki.ica, dnsNames: ['www.example.ac.jp'], eku: [SERVER_AUTH] });
    pki.expiredRoot = await ca('CN=Expired Root, O=Throwaway PKI, C=JP', { notBefore: new Date(Date.UTC(2015, 0, 1)), notAfter: new Date(Date.UTC(2025, 0, 1)) });
    pki.icaUnderExpiredRoot = await ca('CN=ICA Under Expired Root, O=Throwaway PKI, C=JP', { issuer: pki.expiredRoot });
    pki.leafUnderExpiredRoot = await issue({ subject: LEAF, issuer: pki.icaUnderExpiredRoot });
    pki.futureIca = await ca('CN=Future ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, notBefore: new Date(Date.UTC(2026, 6, 1)) });
    pki.leafOfFuture = await issue({ subject: LEAF, issuer: pki.futureIca });
    pki.notCa = await issue({ subject: 'CN=Not A CA, O=Throwaway PKI, C=JP', issuer: pki.root, keyUsage: null });
    pki.leafOfNotCa = await issue({ subject: LEAF, issuer: pki.notCa });
    pki.noCertSign = await ca('CN=No CertSign, O=Throwaway PKI, C=JP', { issuer: pki.root, keyUsage: x509.KeyUsageFlags.cRLSign });
    pki.leafOfNoCertSign = await issue({ subject: LEAF, issuer: pki.noCertSign });
    pki.rootPath0 = await ca('CN=PathLen0 Root, O=Throwaway PKI, C=JP', { pathLength: 0 });
    pki.icaOfPath0 = await ca('CN=ICA Of PathLen0, O=Throwaway PKI, C=JP', { issuer: pki.rootPath0 });
    pki.leafOfPath0 = await issue({ subject: LEAF, issuer: pki.icaOfPath0 });
    pki.leafDirectPath0 = await issue({ subject: LEAF, issuer: pki.rootPath0 });
    pki.ncDns = await ca('CN=NC DNS ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([dns('example.ac.jp')])] });
    pki.ncDnsInside = await issue({ subject: LEAF, issuer: pki.ncDns, dnsNames: ['www.example.ac.jp'] });
    pki.ncDnsOutside = await issue({ subject: 'CN=www.other.jp', issuer: pki.ncDns, dnsNames: ['www.other.jp'] });
    pki.ncExcluded = await ca('CN=NC Excluded ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([], [dns('secret.example.ac.jp')])] });
    pki.ncExcludedHit = await issue({ subject: 'CN=a.secret.example.ac.jp', issuer: pki.ncExcluded, dnsNames: ['a.secret.example.ac.jp'] });
    pki.ncExcludedWildcard = await issue({ subject: 'CN=*.example.ac.jp', issuer: pki.ncExcluded, dnsNames: ['*.example.ac.jp'] });
    pki.ncIp = await ca('CN=NC IP ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([ip('192.0.2.0/24')])] });
    pki.ncIpInside = await issue({ subject: 'CN=192.0.2.5', issuer: pki.ncIp, ipAddresses: ['192.0.2.5'] });
    pki.ncIpOutside = await issue({ subject: 'CN=198.51.100.1', issuer: pki.ncIp, ipAddresses: ['198.51.100.1'] });
    // @peculiar/x509 encodes RDNs in the order written; a directoryName base is a prefix of the encoded sequence (C first, as CAs write it).
    pki.ncDn = await ca('CN=NC DN ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([directory('C=JP, O=Example University')])] });
    pki.ncDnInside = await issue({ subject: 'C=JP, O=Example University, CN=www.example.ac.jp', issuer: pki.ncDn, dnsNames: ['www.example.ac.jp'] });
    pki.ncDnOutside = await issue({ subject: 'C=JP, O=Another University, CN=www.example.ac.jp', issuer: pki.ncDn, dnsNames: ['www.example.ac.jp'] });
    pki.unknownCritical = await issue({ subject: LEAF, issuer: pki.ica, extensions: [new x509.Extension('1.3.6.1.4.1.99999.1', true, new Uint8Array([0x05, 0x00]))] });
    pki.unknownNonCritical = await issue({ subject: LEAF, issuer: pki.ica, extensions: [new x509.Extension('1.3.6.1.4.1.99999.1', false, new Uint8Array([0x05, 0x00]))] });
    pki.clientOnly = await issue({ subject: LEAF, issuer: pki.ica, eku: [CLIENT_AUTH] });
    pki.caAsLeaf = await ca('CN=www.example.ac.jp, O=Throwaway PKI, C=JP', { issuer: pki.ica });
    pki.weakIca = await ca('CN=Weak ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, kind: 'rsa1024' });
    pki.leafOfWeak = await issue({ subject: LEAF, issuer: pki.weakIca, kind: 'rsa2048' });
    pki.clientIca = await ca('CN=Client ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, eku: [CLIENT_AUTH] });
    pki.leafOfClientIca = await issue({ subject: LEAF, issuer: pki.clientIca });
    // Backtracking (x509-limbo nc-forbids-alternate-chain-ica): one ICA key, certified by two roots; the first forbids the leaf's name.
    pki.strictRoot = await ca('CN=Strict Root, O=Throwaway PKI, C=JP', { extensions: [nameConstraints([dns('elsewhere.jp')])] });
    pki.altRoot = await ca('CN=Alt Root, O=Throwaway PKI, C=JP');
    pki.sharedIcaByStrict = await ca('CN=Shared ICA, O=Throwaway PKI, C=JP', { issuer: pki.strictRoot });
    pki.sharedIcaByAlt = await ca('CN=Shared ICA, O=Throwaway PKI, C=JP', { issuer: pki.altRoot, keys: pki.sharedIcaByStrict.keys });
    pki.leafOfShared = await issue({ subject: LEAF, issuer: pki.sharedIcaByStrict, dnsNames: ['www.example.ac.jp'] });
    // Linked by key identifier alone: the issuer name differs from the CA's subject.
    pki.misnamed = await issue({ subject: LEAF, issuer: pki.ica, issuerName: 'CN=Someone Else, O=Throwaway PKI, C=JP' });
    // A loop: two CAs certifying each other, no anchor.
    pki.loopA = await ca('CN=Loop A, O=Throwaway PKI, C=JP');
    pki.loopB = await ca('CN=Loop B, O=Throwaway PKI, C=JP', { issuer: pki.loopA });
    pki.loopAByB = await ca('CN=Loop A, O=Throwaway PKI, C=JP', { issuer: pki.loopB, keys: pki.loopA.keys });
    pki.leafOfLoop = await issue({ subject: LEAF, issuer: pki.loopAByB });
    pki.criticalEku = await issue({ subject: LEAF, issuer: pki.ica, dnsNames: ['www.example.ac.jp'], extensions: [new x509.ExtendedKeyUsageExtension([SERVER_AUTH], true)] });
    pki.underscore = await issue({ subject: 'CN=foo_bar.example.ac.jp', issuer: pki.ica, dnsNames: ['foo_bar.example.ac.jp'] });
    pki.serialTooLong = await issue({ subject: LEAF, issuer: pki.ica, serialNumber: `01${'23'.repeat(20)}` });
    pki.leafCertSign = await issue({ subject: LEAF, issuer: pki.ica, keyUsage: x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyCertSign });
    pki.softBasicConstraints = await ca('CN=Soft BC ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, noBasicConstraints: true, extensions: [new x509.BasicConstraintsExtension(true, undefined, false)] });
    pki.leafOfSoft = await issue({ subject: LEAF, issuer: pki.softBasicConstraints });
    // A damaged authorityInfoAccess (x509-limbo webpki::malformed-aia) must not hide the CA's other extensions.
    const damagedAia = new x509.Extension('1.3.6.1.5.5.7.1.1', false, new TextEncoder().encode('malformed'));
    pki.ncDnsDamagedAia = await ca('CN=NC DNS Damaged AIA ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([dns('example.ac.jp')]), damagedAia] });
    pki.outsideOfDamagedAia = await issue({ subject: 'CN=www.other.jp', issuer: pki.ncDnsDamagedAia, dnsNames: ['www.other.jp'] });
    // id-pkix-ocsp-nocheck, critical, value NULL (OpenSSL's verify recipe: ee-cert-ocsp-nocheck).
    pki.ocspNoCheck = await issue({ subject: LEAF, issuer: pki.ica, dnsNames: ['www.example.ac.jp'], extensions: [new x509.Extension('1.3.6.1.5.5.7.48.1.5', true, new Uint8Array([0x05, 0x00]))] });
    // A SAN with an IP address only: the CN's host name is what the DNS name constraints judge (as OpenSSL does).
    pki.ncDnsCnOutside = await issue({ subject: 'O=Example University, CN=www.example.ac.jp, CN=bad.other.jp', issuer: pki.ncDns, ipAddresses: ['192.0.2.5'] });
    pki.ncDnsCnNotHost = await issue({ subject: 'O=Example University, CN=www.example.ac.jp, CN=Taro Yamada, CN=not-.host, CN=other.jp.', issuer: pki.ncDns, ipAddresses: ['192.0.2.5'] });
    pki.leafDamagedAia = await issue({ subject: LEAF, issuer: pki.ica, dnsNames: ['www.example.ac.jp'], extensions: [damagedAia] });
    // Differences from x509-limbo kept on purpose, because browsers accept these certificates (README "Path validation").
    // rfc5280::nc::invalid-dnsname-leading-period: ".example.ac.jp" as a dNSName constraint means "subdomains only" (mozilla::pkix, NSS, SChannel).
    pki.ncLeadingDot = await ca('CN=NC Leading Dot ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([dns('.example.ac.jp')])] });
    pki.leadingDotSubdomain = await issue({ subject: LEAF, issuer: pki.ncLeadingDot, dnsNames: ['www.example.ac.jp'] });
    pki.leadingDotBare = await issue({ subject: 'CN=example.ac.jp', issuer: pki.ncLeadingDot, dnsNames: ['example.ac.jp'] });
    // rfc5280::nc::permitted-dns-match-noncritical: a non-critical nameConstraints is still honoured, both ways.
    pki.ncSoft = await ca('CN=NC Soft ICA, O=Throwaway PKI, C=JP', { issuer: pki.root, extensions: [nameConstraints([dns('example.ac.jp')], [], false)] });
    pki.ncSoftInside = await issue({ subject: LEAF, issuer: pki.ncSoft, dnsNames: ['www.example.ac.jp'] });
    pki.ncSoftOutside = await issue({ subject: 'CN=www.other.jp', issuer: pki.ncSoft, dnsNames: ['www.other.jp'] });
    // webpki::eku::ee-without-eku: a server certificate without extendedKeyUsage (Chromium, Firefox and OpenSSL accept it).
    pki.noEku = await issue({ subject: LEAF, issuer: pki.ica, dnsNames: ['www.example.ac.jp'] });
  }, 300_000);

  type Case = { name: string; input: () => { leaf: Uint8Array; options: ChainOptions }; want: { failures: string[]; valid: boolean; top?: string } };
  const trusted = (...cas: (() => Issued)[]) => cas.map((get) => get().der);
  const cases: Case[] = [
    { name: 'accepts a valid root → ICA → leaf path', input: () => ({ leaf: pki.leaf!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: [], valid: true } },
    { name: 'refuses a path whose root has expired', input: () => ({ leaf: pki.leafUnderExpiredRoot!.der, options: { now: NOW, extraCas: trusted(() => pki.expiredRoot!, () => pki.icaUnderExpiredRoot!) } }), want: { failures: ['expired'], valid: false } },
    { name: 'refuses a path through a not-yet-valid intermediate', input: () => ({ leaf: pki.leafOfFuture!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.futureIca!) } }), want: { failures: ['not-yet-valid'], valid: false } },
    { name: 'refuses an issuer without basicConstraints cA', input: () => ({ leaf: pki.leafOfNotCa!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.notCa!) } }), want: { failures: ['issuer-not-ca'], valid: false } },
    { name: 'refuses an issuer whose keyUsage lacks keyCertSign', input: () => ({ leaf: pki.leafOfNoCertSign!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.noCertSign!) } }), want: { failures: ['issuer-no-key-cert-sign'], valid: false } },
    { name: 'refuses an intermediate below a root with pathLenConstraint 0', input: () => ({ leaf: pki.leafOfPath0!.der, options: { now: NOW, extraCas: trusted(() => pki.rootPath0!, () => pki.icaOfPath0!) } }), want: { failures: ['path-length-exceeded'], valid: false } },
    { name: 'accepts a leaf issued straight by a root with pathLenConstraint 0', input: () => ({ leaf: pki.leafDirectPath0!.der, options: { now: NOW, extraCas: trusted(() => pki.rootPath0!) } }), want: { failures: [], valid: true } },
    { name: 'accepts a DNS name inside a permitted subtree', input: () => ({ leaf: pki.ncDnsInside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDns!) } }), want: { failures: [], valid: true } },
    { name: 'refuses a DNS name outside the permitted subtrees', input: () => ({ leaf: pki.ncDnsOutside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDns!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'refuses a DNS name inside an excluded subtree', input: () => ({ leaf: pki.ncExcludedHit!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncExcluded!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'refuses a wildcard that can stand for an excluded name', input: () => ({ leaf: pki.ncExcludedWildcard!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncExcluded!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'accepts an IP address inside a permitted subnet', input: () => ({ leaf: pki.ncIpInside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncIp!) } }), want: { failures: [], valid: true } },
    { name: 'refuses an IP address outside the permitted subnet', input: () => ({ leaf: pki.ncIpOutside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncIp!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'accepts a subject DN inside a permitted directoryName', input: () => ({ leaf: pki.ncDnInside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDn!) } }), want: { failures: [], valid: true } },
    { name: 'refuses a subject DN outside the permitted directoryName', input: () => ({ leaf: pki.ncDnOutside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDn!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'refuses an unknown critical extension', input: () => ({ leaf: pki.unknownCritical!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['unknown-critical-extension'], valid: false } },
    { name: 'ignores an unknown non-critical extension', input: () => ({ leaf: pki.unknownNonCritical!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: [], valid: true } },
    { name: 'refuses a server certificate whose EKU lacks serverAuth', input: () => ({ leaf: pki.clientOnly!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['no-server-auth'], valid: false } },
    { name: 'refuses a CA certificate as a server certificate', input: () => ({ leaf: pki.caAsLeaf!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!), profile: 'server' } }), want: { failures: ['ca-as-server-certificate'], valid: false } },
    { name: 'accepts the same CA certificate when it is inspected as a CA', input: () => ({ leaf: pki.caAsLeaf!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: [], valid: true } },
    { name: 'refuses a weak key on an intermediate', input: () => ({ leaf: pki.leafOfWeak!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.weakIca!) } }), want: { failures: ['weak-key'], valid: false } },
    { name: 'refuses an intermediate whose EKU excludes serverAuth', input: () => ({ leaf: pki.leafOfClientIca!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.clientIca!) } }), want: { failures: ['issuer-eku-excludes-server-auth'], valid: false } },
    { name: 'refuses a leaf whose signature is broken', input: () => ({ leaf: withBrokenSignature(pki.leaf!.der), options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['signature-invalid'], valid: false } },
    { name: 'says "unsupported algorithm" for an MD5-signed leaf, not "signature invalid"', input: () => ({ leaf: asMd5Signed(pki.leaf!.der), options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['unsupported-algorithm'], valid: false } },
    { name: 'does not trust a root that only the server file holds', input: () => ({ leaf: pki.leaf!.der, options: { now: NOW, presented: [pki.leaf!.der, pki.ica!.der, pki.root!.der] } }), want: { failures: ['untrusted-root'], valid: false } },
    { name: 'treats a user CA that is not self-signed as an untrusted intermediate', input: () => ({ leaf: pki.leaf!.der, options: { now: NOW, extraCas: trusted(() => pki.ica!) } }), want: { failures: [], valid: false, top: 'CN=Rule ICA, O=Throwaway PKI, C=JP' } },
    { name: 'backtracks past an issuer whose name constraints forbid the leaf', input: () => ({ leaf: pki.leafOfShared!.der, options: { now: NOW, presented: [pki.leafOfShared!.der, pki.sharedIcaByStrict!.der], extraCas: trusted(() => pki.strictRoot!, () => pki.sharedIcaByAlt!, () => pki.altRoot!) } }), want: { failures: [], valid: true, top: 'CN=Alt Root, O=Throwaway PKI, C=JP' } },
    { name: 'never links an issuer by key identifier alone', input: () => ({ leaf: pki.misnamed!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: [], valid: false, top: LEAF } },
    { name: 'refuses a server certificate whose EKU is critical (Baseline Requirements)', input: () => ({ leaf: pki.criticalEku!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['baseline-requirements'], valid: false } },
    { name: 'refuses a SAN dNSName that is not a host name', input: () => ({ leaf: pki.underscore!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['invalid-dns-name'], valid: false } },
    { name: 'refuses a serial number longer than 20 octets', input: () => ({ leaf: pki.serialTooLong!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['bad-serial-number'], valid: false } },
    { name: 'refuses keyCertSign in a certificate that is not a CA', input: () => ({ leaf: pki.leafCertSign!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['extension-not-allowed'], valid: false } },
    { name: 'refuses a CA whose basicConstraints is not critical', input: () => ({ leaf: pki.leafOfSoft!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.softBasicConstraints!) } }), want: { failures: ['wrong-criticality'], valid: false } },
    { name: 'refuses a server certificate whose authorityInfoAccess does not decode', input: () => ({ leaf: pki.leafDamagedAia!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: ['malformed-extension'], valid: false } },
    { name: 'still applies the name constraints of a CA with one damaged extension', input: () => ({ leaf: pki.outsideOfDamagedAia!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDnsDamagedAia!) } }), want: { failures: ['malformed-extension', 'name-constraints-violated'], valid: false } },
    { name: 'accepts a critical OCSP no-check extension', input: () => ({ leaf: pki.ocspNoCheck!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!) } }), want: { failures: [], valid: true } },
    { name: 'judges a CN host name by DNS name constraints when the SAN holds no dNSName', input: () => ({ leaf: pki.ncDnsCnOutside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDns!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'leaves CNs that are not host names (a person, a bad label, a final dot) to the DN constraints', input: () => ({ leaf: pki.ncDnsCnNotHost!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncDns!), profile: 'ca' } }), want: { failures: [], valid: true } },
    { name: 'accepts a subdomain under a leading-period dNSName constraint (as mozilla::pkix, NSS and SChannel read it)', input: () => ({ leaf: pki.leadingDotSubdomain!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncLeadingDot!) } }), want: { failures: [], valid: true } },
    { name: 'refuses the bare domain under a leading-period dNSName constraint', input: () => ({ leaf: pki.leadingDotBare!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncLeadingDot!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'honours a nameConstraints extension that is not critical: a name inside is accepted', input: () => ({ leaf: pki.ncSoftInside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncSoft!) } }), want: { failures: [], valid: true } },
    { name: 'honours a nameConstraints extension that is not critical: a name outside is refused', input: () => ({ leaf: pki.ncSoftOutside!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ncSoft!) } }), want: { failures: ['name-constraints-violated'], valid: false } },
    { name: 'accepts a server certificate without extendedKeyUsage', input: () => ({ leaf: pki.noEku!.der, options: { now: NOW, extraCas: trusted(() => pki.root!, () => pki.ica!), profile: 'server' } }), want: { failures: [], valid: true } },
    { name: 'stops on a loop of cross-certified CAs', input: () => ({ leaf: pki.leafOfLoop!.der, options: { now: NOW, extraCas: [pki.loopAByB!.der, pki.loopB!.der] } }), want: { failures: [], valid: false } },
  ];

  for (const { name, input, want } of cases) {
    it(name, async () => {
      const { leaf, options } = input();
      const result = await buildChainPath(leaf, options);
      expect([...new Set(result.failures.map((failure) => failure.code))].sort()).toEqual([...want.failures].sort());
      expect(result.valid).toBe(want.valid);
      if (want.valid) expect(result.anchor).toBe(result.links.at(-1));
      if (want.top) expect(result.links.at(-1)?.summary.subjectDn).toBe(want.top);
      for (const failure of result.failures) expect(result.links[failure.index]?.summary.sha256).toBe(failure.sha256);
    });
  }

  it('bounds the work of a search through a loop by counting signature checks', async () => {
    const { findPath } = await import('../../../../../shared/pki/chain/find-path');
    const { makeEntry } = await import('../../../../../shared/pki/chain/chain-pool');
    const entries = await Promise.all([pki.leafOfLoop!, pki.loopAByB!, pki.loopB!, pki.loopA!].map((cert, index) => makeEntry(cert.der, index === 0 ? 'leaf' : 'user')));
    const search = await findPath(entries[0]!, entries.map((entry) => entry!), { now: NOW, profile: 'server', anchors: new Set(), rank: () => 0 });
    expect(search.anchored).toBe(false);
    expect(search.signatureChecks).toBeLessThanOrEqual(MAX_SIGNATURE_CHECKS);
    // Loop A-by-B → B → A (self-signed, same subject and key as A-by-B) is cut: A appears once.
    expect(new Set(search.path.map((entry) => entry.summary.subjectDn)).size).toBe(search.path.length);
  });
});
