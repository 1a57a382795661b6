import type { x509 } from '../../../../../shared/pki/x509-library';
import fc from 'fast-check';
import { PARSER_LIMITS } from '../../../../../shared/model/parser-limits';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CertificateSummary } from '../../../../../shared/model/certificate-summary';
import {
  readCertificateSummary,
  summarizeCertificate,
  summarizeCertificates,
  summarizeCertificateWith,
} from '../../../../../shared/pki/certificate/summarize-certificate';
import { FAKE_EC_SPKI, explicit, integer, oid, rawCertificate, sequence, bitString, nullValue, set } from '../der/der-builder';
import { makeCa, makeCertificate, makeLeaf, type CertificateSpec, type KeyKind, type TestCertificate } from './make-certificates';
import { opensslFacts, summaryFromPeculiar } from './peculiar-oracle';
import { expensiveRuns, hotParserRuns, propertyTimeout } from '../../../../support/fuzz-runs';

// Each case of the agreement property makes and signs a real certificate (milliseconds of key work), so it
// runs expensiveRuns(); the byte-level fuzz of the same parser below runs hotParserRuns() cases.
const SIGNED_RUNS = expensiveRuns();
// About 50 ms a case at load 13 (51 s for 1,000); 250 ms leaves a margin of five on a busier machine.
const SIGNED_TIMEOUT_MS = propertyTimeout(SIGNED_RUNS, 250);
const BYTE_RUNS = hotParserRuns();
const BYTE_TIMEOUT_MS = propertyTimeout(BYTE_RUNS);

let ca: TestCertificate;
beforeAll(async () => {
  ca = await makeCa();
});

/** The fast path's summary plus the SHA-256 node:crypto computes, for comparing with the oracle. */
function fastSummary(der: Uint8Array): CertificateSummary {
  const result = readCertificateSummary(der);
  if (!result.ok) throw new Error(`fast path failed: ${result.error}`);
  return { ...result.value, sha256: createHash('sha256').update(der).digest('hex') };
}

interface FixedCase {
  name: string;
  spec: (issuer: TestCertificate) => Promise<TestCertificate>;
  want: Partial<CertificateSummary>;
}

const FIXED: FixedCase[] = [
  {
    name: 'reads an RSA 2048 server certificate with DNS, wildcard, IPv4 and IPv6 SANs',
    spec: (issuer) =>
      makeLeaf(issuer, {
        dnsNames: ['www.example.ac.jp', '*.example.ac.jp'],
        ipAddresses: ['192.0.2.10', '2001:db8:0:0:0:0:0:1'],
        serialHex: '0a1b2c',
      }),
    want: {
      subjectDn: 'CN=www.example.ac.jp, O=Example University, L=Academe, ST=Tokyo, C=JP',
      issuerDn: 'C=JP, O=Throw-away Test CA, CN=Test Issuing CA',
      commonName: 'www.example.ac.jp',
      dnsNames: ['www.example.ac.jp', '*.example.ac.jp'],
      ipAddresses: ['192.0.2.10', '2001:db8::1'],
      serialNumber: '662316',
      serialHex: '0A:1B:2C',
      keyAlgorithm: 'RSA',
      keySize: 2048,
      curve: null,
      isCa: false,
    },
  },
  {
    name: 'reads an ECDSA P-256 leaf',
    spec: (issuer) => makeLeaf(issuer, { keyKind: 'P-256' }),
    want: { keyAlgorithm: 'EC', keySize: 256, curve: 'P-256' },
  },
  {
    name: 'reads an ECDSA P-384 leaf (UPKI profile 11)',
    spec: (issuer) => makeLeaf(issuer, { keyKind: 'P-384' }),
    want: { keyAlgorithm: 'EC', keySize: 384, curve: 'P-384' },
  },
  {
    name: 'reads an ECDSA P-521 key and an Ed25519 key',
    spec: () => makeCertificate({ keyKind: 'P-521' }),
    want: { keyAlgorithm: 'EC', keySize: 521, curve: 'P-521' },
  },
  {
    name: 'reads an Ed25519 key',
    spec: () => makeCertificate({ keyKind: 'Ed25519' }),
    want: { keyAlgorithm: 'Ed25519', keySize: 256, curve: null },
  },
  {
    name: 'reads Japanese O and L in UTF8String',
    spec: (issuer) =>
      makeLeaf(issuer, {
        subject: [{ C: ['JP'] }, { ST: ['Tokyo'] }, { L: [{ utf8String: '千代田区' }] }, { O: [{ utf8String: '国立情報学研究所' }] }, { CN: ['upki.example.ac.jp'] }],
      }),
    want: { subjectDn: 'C=JP, ST=Tokyo, L=千代田区, O=国立情報学研究所, CN=upki.example.ac.jp', commonName: 'upki.example.ac.jp' },
  },
  {
    name: 'reads a PrintableString-only DN with the old OU and L=Academe',
    spec: (issuer) => makeLeaf(issuer, { subject: 'CN=old.example.ac.jp, OU=Computer Center, O=Example University, L=Academe, C=JP' }),
    want: { subjectDn: 'CN=old.example.ac.jp, OU=Computer Center, O=Example University, L=Academe, C=JP' },
  },
  {
    name: 'reads a BMPString organisation name',
    spec: () => makeCertificate({ subject: [{ O: [{ bmpString: '京都大学' }] }, { CN: [{ bmpString: 'bmp.example' }] }] }),
    want: { subjectDn: 'O=京都大学, CN=bmp.example', commonName: 'bmp.example' },
  },
  {
    name: 'takes the last CN when there are several',
    spec: () => makeCertificate({ subject: 'CN=first.example, O=X, CN=last.example' }),
    want: { commonName: 'last.example' },
  },
  {
    name: 'drops the sign octet of a serial whose top bit is set',
    spec: (issuer) => makeLeaf(issuer, { serialHex: '80ffee' }),
    want: { serialNumber: '8454126', serialHex: '80:FF:EE' },
  },
  {
    name: 'reads a 20-octet serial (the RFC 5280 maximum) in decimal and hex',
    spec: (issuer) => makeLeaf(issuer, { serialHex: '7fffffffffffffffffffffffffffffffffffffff' }),
    want: { serialNumber: ((1n << 159n) - 1n).toString(), serialHex: Array(20).fill('FF').fill('7F', 0, 1).join(':') },
  },
  {
    name: 'reads UTCTime validity with the 2049 boundary',
    spec: () => makeCertificate({ notBefore: new Date('1950-01-01T00:00:00Z'), notAfter: new Date('2049-12-31T23:59:59Z') }),
    want: { notBefore: Date.UTC(1950, 0, 1), notAfter: Date.UTC(2049, 11, 31, 23, 59, 59) },
  },
  {
    name: 'reads GeneralizedTime validity from 2050 on',
    spec: () => makeCertificate({ notBefore: new Date('2050-01-01T00:00:00Z'), notAfter: new Date('9999-12-31T23:59:59Z') }),
    want: { notBefore: Date.UTC(2050, 0, 1), notAfter: Date.UTC(9999, 11, 31, 23, 59, 59) },
  },
  {
    name: 'reports a CA certificate as CA',
    spec: () => makeCa({ keyKind: 'RSA-2048', keySlot: 3 }),
    want: { isCa: true },
  },
  {
    name: 'reports basicConstraints cA=false and no basicConstraints alike as not CA',
    spec: () => makeCertificate({ isCa: undefined }),
    want: { isCa: false, dnsNames: [], ipAddresses: [] },
  },
];

describe('readCertificateSummary on generated certificates', () => {
  it.each(FIXED)('$name', async ({ spec, want }) => {
    const { der } = await spec(ca);
    const summary = fastSummary(der);
    expect(summary).toMatchObject(want);
    expect(summary).toEqual(summaryFromPeculiar(der));
  });

  it('agrees with @peculiar/x509 and node:crypto on random names, SANs, serials, dates and keys', async () => {
    await fc.assert(fc.asyncProperty(certificateSpecArbitrary(), async (spec) => {
      const { signedByCa, ...rest } = spec;
      const { der } = await makeCertificate({ ...rest, issuer: signedByCa ? ca : undefined });
      expect(fastSummary(der)).toEqual(summaryFromPeculiar(der));
    }), { numRuns: SIGNED_RUNS });
  }, SIGNED_TIMEOUT_MS);

  it('agrees with openssl on serial, subject, dates and SHA-256 fingerprint', async () => {
    const certificates = [
      await makeLeaf(ca, { serialHex: '80aabbccdd', notAfter: new Date('2051-06-30T12:00:00Z') }),
      await makeLeaf(ca, { keyKind: 'P-384', subject: [{ C: ['JP'] }, { O: [{ utf8String: '国立大学法人テスト大学' }] }, { CN: ['jp.example.ac.jp'] }] }),
      ca,
    ];
    for (const { der } of certificates) {
      const summary = await summarizeCertificate(der);
      if (!summary.ok) throw new Error(JSON.stringify(summary.error));
      const openssl = opensslFacts(der);
      expect(summary.value.serialHex.replaceAll(':', '')).toBe(openssl.serial);
      expect(summary.value.subjectDn).toBe(openssl.subject);
      expect([summary.value.notBefore, summary.value.notAfter]).toEqual([openssl.notBefore, openssl.notAfter]);
      expect(summary.value.sha256.toUpperCase().replace(/(..)(?!$)/g, '$1:')).toBe(openssl.sha256);
    }
  });
});

/** Random certificate specs: names with every string type and awkward characters, SANs, serials, dates, key kinds. */
function certificateSpecArbitrary(): fc.Arbitrary<Omit<CertificateSpec, 'issuer'> & { signedByCa: boolean }> {
  const special = fc.constantFrom(',', '+', '"', '\\', '<', '>', ';', ' ', '#', '=', '\n', '\r', '\t', '日', '本', 'ア', 'é', '😀');
  const text = (unit: fc.Arbitrary<string>) => fc.array(unit, { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
  const anyText = text(fc.oneof(fc.string({ unit: 'binary', minLength: 1, maxLength: 3 }), special));
  const printable = text(fc.constantFrom(...'ABCxyz019 \'()+,-./:=?'.split('')));
  const ascii = text(fc.oneof(fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 3 }), special.filter((c) => c.charCodeAt(0) < 128)));
  const value: fc.Arbitrary<x509.JsonAttributeObject> = fc.oneof(
    anyText.map((v) => ({ utf8String: v })),
    anyText.map((v) => ({ bmpString: v })),
    anyText.map((v) => ({ universalString: v })),
    printable.map((v) => ({ printableString: v })),
    ascii.map((v) => ({ ia5String: v })),
    fc.constantFrom('国立情報学研究所', 'テスト大学', '札幌市').map((v) => ({ utf8String: v })),
  );
  const type = fc.constantFrom('CN', 'O', 'OU', 'L', 'ST', 'C', 'E', 'DC', 'SN', 'G', 'T', '2.5.4.5', '2.5.4.97', '1.3.6.1.4.1.311.60.2.1.3');
  const rdn = fc.dictionary(type, fc.array(value, { minLength: 1, maxLength: 2 }), { minKeys: 1, maxKeys: 2 });
  const ipv6 = fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 0xffff })), { minLength: 8, maxLength: 8 }).map((g) => g.map((n) => n.toString(16)).join(':'));
  const second = (from: string, to: string) => fc.integer({ min: Date.parse(from) / 1000, max: Date.parse(to) / 1000 }).map((s) => new Date(s * 1000));
  return fc.record({
    subject: fc.array(rdn, { minLength: 1, maxLength: 5 }),
    serialHex: fc.uint8Array({ minLength: 1, maxLength: 20 }).filter((b) => b.some((x) => x > 0)).map((b) => Buffer.from(b).toString('hex')),
    notBefore: second('1950-01-01T00:00:00Z', '2049-12-31T23:59:59Z'),
    notAfter: second('1950-01-01T00:00:00Z', '9999-12-31T23:59:59Z'),
    keyKind: fc.constantFrom<KeyKind>('RSA-2048', 'P-256', 'P-384', 'P-521', 'Ed25519'),
    dnsNames: fc.array(fc.oneof(fc.domain(), fc.domain().map((d) => `*.${d}`)), { maxLength: 4 }),
    ipAddresses: fc.array(fc.oneof(fc.ipV4(), ipv6), { maxLength: 3 }),
    isCa: fc.option(fc.boolean(), { nil: undefined }),
    realistic: fc.boolean(),
    signedByCa: fc.boolean(),
  });
}

describe('readCertificateSummary failures', () => {
  const good = rawCertificate();
  const table: { name: string; input: Uint8Array; want: string }[] = [
    { name: 'says not-a-certificate for empty input', input: new Uint8Array(0), want: 'not-a-certificate' },
    { name: 'says not-a-certificate for text', input: new TextEncoder().encode('-----BEGIN CERTIFICATE-----'), want: 'not-a-certificate' },
    { name: 'says truncated when the last bytes are missing', input: good.subarray(0, good.length - 10), want: 'truncated' },
    { name: 'says truncated when only the header is there', input: good.subarray(0, 4), want: 'truncated' },
    {
      name: 'says not-a-certificate for a CSR-shaped structure',
      input: sequence(sequence(integer(0), sequence(), FAKE_EC_SPKI, explicit(0)), sequence(oid('1.2.840.10045.4.3.2')), bitString(Uint8Array.of(1))),
      want: 'not-a-certificate',
    },
    {
      name: 'says not-a-certificate for a PKCS#8-shaped private key',
      input: sequence(integer(0), sequence(oid('1.2.840.113549.1.1.1'), nullValue()), tlvOctets(Uint8Array.of(1, 2, 3))),
      want: 'not-a-certificate',
    },
    { name: 'says malformed when bytes follow the certificate', input: Uint8Array.from([...good, 0]), want: 'malformed' },
    { name: 'says malformed for an unreadable time', input: rawCertificate({ notBefore: tlvTime('2401010000Z') }), want: 'malformed' },
    { name: 'says malformed for an odd-length BMPString in the subject', input: rawCertificate({ subject: sequence(set(sequence(oid('2.5.4.3'), tlvBmp(Uint8Array.of(0, 0x41, 0))))) }), want: 'malformed' },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(readCertificateSummary(input)).toEqual({ ok: false, error: want });
  });
});

function tlvOctets(content: Uint8Array): Uint8Array {
  return Uint8Array.of(0x04, content.length, ...content);
}
function tlvTime(text: string): Uint8Array {
  return Uint8Array.of(0x17, text.length, ...new TextEncoder().encode(text));
}
function tlvBmp(content: Uint8Array): Uint8Array {
  return Uint8Array.of(0x1e, content.length, ...content);
}

describe('summarizeCertificate and summarizeCertificates', () => {
  const nodeDigest = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

  it('returns the summary itself, not a promise, with a synchronous digest', async () => {
    const { der } = await makeLeaf(ca);
    const result = summarizeCertificateWith(der, nodeDigest);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result).toEqual(await summarizeCertificate(der));
  });

  it('returns a promise of the same summary with an asynchronous digest', async () => {
    const { der } = await makeLeaf(ca);
    const result = summarizeCertificateWith(der, async (bytes) => nodeDigest(bytes));
    expect(result).toBeInstanceOf(Promise);
    expect(await result).toEqual(await summarizeCertificate(der));
  });

  it('fails without calling the digest when the bytes are not a certificate', () => {
    let calls = 0;
    const result = summarizeCertificateWith(new Uint8Array([1, 2, 3]), (bytes) => (calls++, nodeDigest(bytes)));
    expect(result).toEqual({ ok: false, error: 'not-a-certificate' });
    expect(calls).toBe(0);
  });

  it('summarises many certificates with a synchronous digest in input order', async () => {
    const leaves = await Promise.all([1, 2].map((n) => makeLeaf(ca, { serialHex: n.toString(16).padStart(2, '0') })));
    const ders = Array.from({ length: 300 }, (_, i) => (i % 5 === 4 ? new Uint8Array([5]) : leaves[i % 2]!.der));
    const results = await summarizeCertificates(ders, nodeDigest);
    expect(results).toEqual(await summarizeCertificates(ders));
  });

  it('adds the SHA-256 of the DER as lower-case hex', async () => {
    const { der } = await makeLeaf(ca);
    const result = await summarizeCertificate(der);
    expect(result.ok && result.value.sha256).toBe(createHash('sha256').update(der).digest('hex'));
  });

  it('keeps input order across batches and passes failures through', async () => {
    const leaves = await Promise.all([1, 2, 3].map((n) => makeLeaf(ca, { serialHex: n.toString(16).padStart(2, '0') })));
    const ders = Array.from({ length: 600 }, (_, i) => (i % 7 === 3 ? new Uint8Array([1, 2, 3]) : leaves[i % 3]!.der));
    const results = await summarizeCertificates(ders);
    expect(results).toHaveLength(600);
    results.forEach((result, i) => {
      if (i % 7 === 3) expect(result).toEqual({ ok: false, error: 'not-a-certificate' });
      else expect(result.ok && result.value.serialNumber).toBe(String((i % 3) + 1));
    });
  });
});

describe('readCertificateSummary fuzz', () => {
  let valid: Uint8Array[];
  beforeAll(async () => {
    valid = [(await makeLeaf(ca, { ipAddresses: ['192.0.2.1'], dnsNames: ['a.example'] })).der, ca.der, rawCertificate()];
  });
  const neverThrows = (bytes: Uint8Array): void => {
    const result = readCertificateSummary(bytes);
    expect(typeof result.ok).toBe('boolean');
    if (!result.ok && typeof result.error === 'object') expect(Object.keys(PARSER_LIMITS)).toContain(result.error.limit);
    else if (!result.ok) expect(['truncated', 'not-a-certificate', 'malformed']).toContain(result.error);
  };

  it('never throws on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), neverThrows), { numRuns: BYTE_RUNS });
  }, BYTE_TIMEOUT_MS);

  it('never throws on random bytes behind a SEQUENCE header', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (body) => neverThrows(sequence(body))), { numRuns: BYTE_RUNS });
  }, BYTE_TIMEOUT_MS);

  it('never throws on truncations, and a cut certificate is never ok', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(), (which, cut) => {
        const der = valid[which]!;
        const truncated = der.subarray(0, cut % der.length);
        neverThrows(truncated);
        expect(readCertificateSummary(truncated).ok).toBe(false);
      }),
      { numRuns: BYTE_RUNS },
    );
  }, BYTE_TIMEOUT_MS);

  it('never throws on bit flips and byte overwrites of a valid certificate', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.array(fc.tuple(fc.nat(), fc.nat(7), fc.option(fc.nat(255))), { minLength: 1, maxLength: 4 }), (which, edits) => {
        const der = valid[which]!.slice();
        for (const [at, bit, byte] of edits) {
          const i = at % der.length;
          der[i] = byte === null ? der[i]! ^ (1 << bit) : byte;
        }
        neverThrows(der);
      }),
      { numRuns: BYTE_RUNS },
    );
  }, BYTE_TIMEOUT_MS);
});
