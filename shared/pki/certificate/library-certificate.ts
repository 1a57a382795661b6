import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { x509 } from '../x509-library';

const parsed = new WeakMap<Uint8Array, x509.X509Certificate | null>();

/**
 * @peculiar/x509's object for a DER certificate, or null when the library refuses the bytes. Parsed
 * once per byte array, whoever asks first: the chain builder and revocation checking hold the same
 * arrays (a path's links keep the DER they were built from), so a certificate checked both ways is
 * parsed once, not twice (issue 13, CLI cold start). Callers run their own checks (limits, the
 * summary) before asking. Never throws.
 */
export function libraryCertificate(der: Uint8Array): x509.X509Certificate | null {
  let certificate = parsed.get(der);
  if (certificate === undefined) {
    try {
      certificate = new x509.X509Certificate(new Uint8Array(der));
    } catch {
      certificate = null;
    }
    parsed.set(der, certificate);
  }
  return certificate;
}

/**
 * The ASN.1 structure the library parsed a certificate into (its `asn`, protected in the library's
 * typings), to read what the library object does not show (names as RDNs, the extensions as
 * written) without parsing the DER a second time. Read only, never changed. Parsed anew should a
 * later version of the library keep it elsewhere.
 */
export function certificateAsn(certificate: x509.X509Certificate): Certificate {
  const asn = (certificate as unknown as { readonly asn?: unknown }).asn;
  return asn instanceof Certificate ? asn : AsnConvert.parse(certificate.rawData, Certificate);
}
