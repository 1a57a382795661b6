import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate, Extension } from '@peculiar/asn1-x509';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeBase64 } from '../../../../../shared/encoding/base64';
import { BUNDLED_CAS } from '../../../../../shared/pki/cas/bundled-cas';
import { describeCertificate, type CertificateDetails } from '../../../../../shared/pki/certificate/certificate-details';
import { certificateExtensions } from '../../../../../shared/pki/certificate/certificate-extensions';
import { readExtensionDetails } from '../../../../../shared/pki/certificate/extension-details';
import { x509 } from '../../../../../shared/pki/x509-library';
import { issue } from '../../diagnostics/make-pki';

const FIXTURES = join(__dirname, '../../../../fixtures');

/** What the library's ASN.1 schema reads (the whole certificate parsed, each extension re-encoded): the reader before issue 13. */
function schemaExtensions(der: Uint8Array) {
  return (AsnConvert.parse(der, Certificate).tbsCertificate.extensions ?? []).map((extension) => ({
    type: extension.extnID,
    critical: extension.critical,
    value: new Uint8Array(extension.extnValue.buffer),
    rawData: new Uint8Array(AsnConvert.serialize(extension)),
  }));
}

/** What certificateExtensions reads, with the Extension SEQUENCE as the library's own classes see it. */
function readExtensions(der: Uint8Array) {
  return certificateExtensions(new x509.X509Certificate(der.slice())).map((extension) => ({
    type: extension.type,
    critical: extension.critical,
    value: new Uint8Array(extension.value),
    rawData: new Uint8Array(extension.rawData),
  }));
}

/** The fields an Extension SEQUENCE decodes to (what @peculiar/x509's extension classes are built from). */
function decoded(rawData: Uint8Array) {
  const extension = AsnConvert.parse(rawData, Extension);
  return { type: extension.extnID, critical: extension.critical, value: new Uint8Array(extension.extnValue.buffer) };
}

/** The same certificate with the first occurrence of `from` replaced by `to` (same length: the signature does not matter to the readers). */
function patched(der: Uint8Array, from: readonly number[], to: readonly number[]): Uint8Array {
  for (let i = 0; i + from.length <= der.length; i++) {
    if (from.every((byte, k) => der[i + k] === byte)) {
      const out = der.slice();
      out.set(to, i);
      return out;
    }
  }
  throw new Error('pattern not found');
}

function fixtureCertificates(): { name: string; der: Uint8Array }[] {
  const found: { name: string; der: Uint8Array }[] = [];
  for (const folder of ['ca', 'certs']) {
    for (const name of readdirSync(join(FIXTURES, folder)).filter((file) => file.endsWith('.der'))) {
      found.push({ name: `${folder}/${name}`, der: new Uint8Array(readFileSync(join(FIXTURES, folder, name))) });
    }
  }
  for (const ca of BUNDLED_CAS) {
    const der = decodeBase64(ca.pem.replace(/-----[^-]+-----/g, ''));
    if (der.ok) found.push({ name: `bundled ${ca.id}`, der: der.value });
  }
  return found;
}

describe('certificateExtensions (sliced from the DER, issue 13): exactly what the ASN.1 schema reads', () => {
  it.each(fixtureCertificates())('$name: same extensions, byte for byte', ({ der }) => {
    const read = readExtensions(der);
    expect(read.length).toBeGreaterThan(0);
    expect(read).toEqual(schemaExtensions(der));
  });

  describe('encodings off the plain DER shape', () => {
    let plain: Uint8Array;
    let longArc: Uint8Array;
    beforeAll(async () => {
      const unknown = (oid: string) => new x509.Extension(oid, true, new Uint8Array([0x05, 0x00]).buffer);
      plain = (await issue({ subject: 'CN=Extensions, O=Throwaway PKI, C=JP', isCa: true, kind: 'ec-p256', extensions: [unknown('1.2.3.4')] })).der;
      longArc = (await issue({ subject: 'CN=Long arc, O=Throwaway PKI, C=JP', isCa: true, kind: 'ec-p256', extensions: [unknown('1.2.3.4294967296.5')] })).der;
    });

    const cases: [string, () => Uint8Array][] = [
      ['an OID arc of 5 octets (read by the library)', () => longArc],
      // critical TRUE written as 01 (BER; DER has FF) and FALSE written out (DER leaves the default out).
      ['critical TRUE as 01', () => patched(plain, [0x01, 0x01, 0xff], [0x01, 0x01, 0x01])],
      ['critical FALSE written out', () => patched(plain, [0x01, 0x01, 0xff], [0x01, 0x01, 0x00])],
      ['critical as a two-octet BOOLEAN (read by the library)', () => patched(plain, [0x01, 0x01, 0xff, 0x04, 0x02, 0x05, 0x00], [0x01, 0x02, 0xff, 0xff, 0x04, 0x01, 0x00])],
    ];

    it.each(cases)('%s: same type, criticality and value; the same Extension fields', (_, make) => {
      const bytes = make();
      const read = readExtensions(bytes);
      const schema = schemaExtensions(bytes);
      expect(read.map(({ rawData, ...rest }) => rest)).toEqual(schema.map(({ rawData, ...rest }) => rest));
      expect(read.map(({ rawData }) => decoded(rawData))).toEqual(schema.map(({ rawData }) => decoded(rawData)));
    });
  });
});

/** describeCertificate as it read a certificate before issue 13: a parse of its own, a library object made from it, each extension re-encoded for the library. */
async function describedAsBefore(der: Uint8Array): Promise<CertificateDetails> {
  const asn = AsnConvert.parse(der, Certificate);
  const certificate = new x509.X509Certificate(asn);
  const extensions = readExtensionDetails(asn.tbsCertificate.extensions ?? []);
  const now = await describeCertificate(der.slice());
  if (!now.ok) throw new Error(JSON.stringify(now.error));
  const spkiSha256 = createHash('sha256').update(new Uint8Array(certificate.publicKey.rawData)).digest('hex');
  // The rest is read from the same ASN.1 fields by the same code; what the library object and the extensions' bytes give is taken as before.
  return {
    ...now.value,
    ...extensions,
    subject: { ...now.value.subject, text: certificate.subject },
    issuer: { ...now.value.issuer, text: certificate.issuer },
    notBefore: certificate.notBefore.getTime(),
    notAfter: certificate.notAfter.getTime(),
    publicKey: { ...now.value.publicKey, spkiSha256 },
  };
}

describe('describeCertificate with the one shared parse and the sliced extensions (issue 13): the details as before', () => {
  it.each(fixtureCertificates())('$name', async ({ der }) => {
    const described = await describeCertificate(der.slice());
    expect(described.ok).toBe(true);
    expect(described.ok && described.value).toEqual(await describedAsBefore(der));
    expect(described.ok && described.value.extensions.every((entry) => entry.valueHex === undefined || entry.oid === '1.2.3.4')).toBe(true);
  });

  it('an extension the library cannot decode is still listed with its hex, the others decoded', async () => {
    const broken = new x509.Extension('2.5.29.31', false, new Uint8Array([0x30, 0x03, 0x02, 0x01]).buffer);
    const { der } = await issue({ subject: 'CN=Broken CRLDP, O=Throwaway PKI, C=JP', kind: 'ec-p256', dnsNames: ['www.example.ac.jp'], extensions: [broken] });
    const described = await describeCertificate(der);
    expect(described.ok && described.value).toEqual(await describedAsBefore(der));
    expect(described.ok && described.value.extensions.find((entry) => entry.oid === '2.5.29.31')?.valueHex).toBe('30030201');
    expect(described.ok && described.value.subjectAltNames.dnsNames).toEqual(['www.example.ac.jp']);
  });
});
