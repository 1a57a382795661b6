import { AsnConvert } from '@peculiar/asn1-schema';
import { Certificate } from '@peculiar/asn1-x509';
import { decodeOid } from '../der/der-oid';
import { DER_TAG, readChildren, readElement, type DerElement } from '../der/der-reader';
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

const EXTENSIONS = 0xa3; // [3] EXPLICIT Extensions (RFC 5280 §4.1)
/** Longest OID arc read here (4 octets: below 2^28); asn1js writes the same decimal for these. */
const MAX_ARC_OCTETS = 4;

/** The OID's dotted text when every arc is at most MAX_ARC_OCTETS long, else null. */
function shortOid(der: Uint8Array, element: DerElement): string | null {
  if (element.tag !== DER_TAG.objectIdentifier) return null;
  let arcOctets = 0;
  for (let i = element.contentStart; i < element.end; i++) {
    arcOctets = (der[i]! & 0x80) !== 0 ? arcOctets + 1 : 0;
    if (arcOctets >= MAX_ARC_OCTETS) return null;
  }
  return decodeOid(der, element.contentStart, element.end);
}

/** One Extension SEQUENCE in its plain DER shape (OID, optional one-octet BOOLEAN, primitive OCTET STRING, nothing else), or null. */
function readExtension(der: Uint8Array, extension: DerElement): CertificateExtension | null {
  if (extension.tag !== DER_TAG.sequence) return null;
  const fields = readChildren(der, extension);
  if (typeof fields === 'string' || fields.length < 2 || fields.length > 3) return null;
  const type = shortOid(der, fields[0]!);
  const flag = fields.length === 3 ? fields[1]! : null;
  const value = fields[fields.length - 1]!;
  if (type === null || value.tag !== DER_TAG.octetString) return null;
  if (flag !== null && (flag.tag !== DER_TAG.boolean || flag.end - flag.contentStart !== 1)) return null;
  return {
    type,
    critical: flag !== null && der[flag.contentStart] !== 0,
    value: der.slice(value.contentStart, value.end).buffer,
    rawData: der.slice(extension.start, extension.end).buffer,
  };
}

/**
 * A DER certificate's extensions read with the project's DER reader, or null when anything is other
 * than the plain DER shape (then only the library may read them): for a certificate the library
 * parses, the same values asn1js gives, without parsing the certificate a second time and
 * re-encoding each extension (issue 13, CLI cold start).
 */
export function plainDerExtensions(der: Uint8Array): CertificateExtension[] | null {
  const certificate = readElement(der, 0);
  if (typeof certificate === 'string' || certificate.tag !== DER_TAG.sequence) return null;
  const tbs = readElement(der, certificate.contentStart, certificate.end);
  if (typeof tbs === 'string' || tbs.tag !== DER_TAG.sequence) return null;
  const fields = readChildren(der, tbs);
  if (typeof fields === 'string') return null;
  const wrappers = fields.filter((field) => field.tag === EXTENSIONS);
  if (wrappers.length === 0) return [];
  const wrapper = wrappers[0]!;
  if (wrappers.length > 1 || wrapper !== fields[fields.length - 1]) return null;
  const list = readElement(der, wrapper.contentStart, wrapper.end);
  if (typeof list === 'string' || list.tag !== DER_TAG.sequence || list.start !== wrapper.contentStart || list.end !== wrapper.end) return null;
  const written = readChildren(der, list);
  if (typeof written === 'string' || written.length === 0) return null;
  const extensions: CertificateExtension[] = [];
  for (const element of written) {
    const extension = readExtension(der, element);
    if (extension === null) return null;
    extensions.push(extension);
  }
  return extensions;
}

/** The extensions as the library's ASN.1 schema reads them: the whole certificate parsed again, each extension re-encoded. */
function parseExtensions(rawData: ArrayBuffer): CertificateExtension[] {
  const written = AsnConvert.parse(rawData, Certificate).tbsCertificate.extensions ?? [];
  return written.map((extension) => ({
    type: extension.extnID,
    critical: extension.critical,
    value: extension.extnValue.buffer,
    rawData: AsnConvert.serialize(extension),
  }));
}

/**
 * The certificate's extensions, each kept apart so that one that does not decode can be reported
 * on its own. Not @peculiar/x509's `extensions` getter: that decodes every extension at once, and
 * after one fails it answers an empty list from then on, so a damaged AIA would hide the
 * certificate's basicConstraints, name constraints and EKU from path validation.
 */
export function certificateExtensions(certificate: x509.X509Certificate): readonly CertificateExtension[] {
  const known = cache.get(certificate);
  if (known) return known;
  const rawData = certificate.rawData;
  const extensions = plainDerExtensions(new Uint8Array(rawData)) ?? parseExtensions(rawData);
  cache.set(certificate, extensions);
  return extensions;
}

/** The first extension with this OID, or undefined (RFC 5280 §4.2 allows one of each). */
export function findExtension(certificate: x509.X509Certificate, oid: string): CertificateExtension | undefined {
  return certificateExtensions(certificate).find((extension) => extension.type === oid);
}
