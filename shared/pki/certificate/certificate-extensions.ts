import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { x509 } from '../x509-library';

/** One extension as written in the certificate, not yet interpreted (RFC 5280 §4.1: extnID, critical, extnValue). */
export interface CertificateExtension {
  readonly type: string;
  readonly critical: boolean;
  /** The extnValue's contents: the extension's own DER. */
  readonly value: ArrayBuffer;
  /** The whole Extension SEQUENCE, which @peculiar/x509's typed extension classes are built from. */
  readonly rawData: ArrayBuffer;
}

const cache = new WeakMap<x509.X509Certificate, readonly CertificateExtension[]>();

/**
 * The certificate's extensions, each kept apart so that one that does not decode can be reported
 * on its own. Not @peculiar/x509's `extensions` getter: that decodes every extension at once, and
 * after one fails it answers an empty list from then on, so a damaged AIA would hide the
 * certificate's basicConstraints, name constraints and EKU from path validation.
 */
export function certificateExtensions(certificate: x509.X509Certificate): readonly CertificateExtension[] {
  const known = cache.get(certificate);
  if (known) return known;
  const written = AsnConvert.parse(certificate.rawData, Certificate).tbsCertificate.extensions ?? [];
  const extensions = written.map((extension) => ({
    type: extension.extnID,
    critical: extension.critical,
    value: extension.extnValue.buffer,
    rawData: AsnConvert.serialize(extension),
  }));
  cache.set(certificate, extensions);
  return extensions;
}

/** The first extension with this OID, or undefined (RFC 5280 §4.2 allows one of each). */
export function findExtension(certificate: x509.X509Certificate, oid: string): CertificateExtension | undefined {
  return certificateExtensions(certificate).find((extension) => extension.type === oid);
}
