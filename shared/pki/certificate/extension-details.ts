import { x509 } from '../x509-library';
import { AsnConvert } from '@peculiar/asn1-schema';
import type { Extension as AsnExtension } from '@peculiar/asn1-x509';
import { toHex } from '../../encoding/hex';
import type { CertificateExtension } from './certificate-extensions';
import { CERTIFICATE_POLICY_NAMES, EXTENDED_KEY_USAGE_NAMES, EXTENSION_NAMES, KEY_USAGE_NAMES } from '../oid-names';

/** An OID with its readable name (null when unknown). */
export interface NamedOid {
  readonly oid: string;
  readonly name: string | null;
}

/** One extension as listed in the details view. */
export interface ExtensionEntry {
  readonly oid: string;
  readonly name: string | null;
  readonly critical: boolean;
  /** Lower-case hex of the extnValue content, for extensions not decoded into a field of their own. */
  readonly valueHex?: string;
}

/** The decoded extensions of a certificate; a field is null when the extension is absent. */
export interface ExtensionDetails {
  readonly subjectAltNames: {
    readonly dnsNames: readonly string[];
    readonly ipAddresses: readonly string[];
    readonly emails: readonly string[];
    readonly uris: readonly string[];
  };
  /** Key usage bit names (RFC 5280 §4.2.1.3), in bit order. */
  readonly keyUsage: readonly string[] | null;
  readonly extendedKeyUsage: readonly NamedOid[] | null;
  readonly basicConstraints: { readonly cA: boolean; readonly pathLen: number | null } | null;
  readonly authorityInfoAccess: { readonly ocsp: readonly string[]; readonly caIssuers: readonly string[] } | null;
  /** Full-name URIs of the CRL distribution points. */
  readonly crlDistributionPoints: readonly string[] | null;
  readonly certificatePolicies: readonly NamedOid[] | null;
  /** Subject key identifier, lower-case hex. */
  readonly subjectKeyId: string | null;
  /** Authority key identifier keyIdentifier, lower-case hex. */
  readonly authorityKeyId: string | null;
  /** Every extension in certificate order. */
  readonly extensions: readonly ExtensionEntry[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Extension details of a certificate without extensions. */
export function emptyExtensionDetails(): ExtensionDetails {
  return {
    subjectAltNames: { dnsNames: [], ipAddresses: [], emails: [], uris: [] },
    keyUsage: null,
    extendedKeyUsage: null,
    basicConstraints: null,
    authorityInfoAccess: null,
    crlDistributionPoints: null,
    certificatePolicies: null,
    subjectKeyId: null,
    authorityKeyId: null,
    extensions: [],
  };
}

/** URL values of GeneralNames. */
function urls(names: readonly x509.GeneralName[]): string[] {
  return Array.from(names).filter((n) => n.type === 'url').map((n) => n.value);
}

/** Fills the field of `details` that belongs to a decoded extension; false when this reader does not decode its type. */
function fillField(details: Mutable<ExtensionDetails>, extension: x509.Extension): boolean {
  if (extension instanceof x509.SubjectAlternativeNameExtension) {
    // Array.from here and below: the ASN.1 classes are Array subclasses, and the details must be plain data.
    const items = Array.from(extension.names.items);
    const of = (type: string): string[] => items.filter((n) => n.type === type).map((n) => n.value);
    details.subjectAltNames = { dnsNames: of('dns'), ipAddresses: of('ip'), emails: of('email'), uris: of('url') };
  } else if (extension instanceof x509.KeyUsagesExtension) {
    details.keyUsage = KEY_USAGE_NAMES.filter((_, bit) => (extension.usages & (1 << bit)) !== 0);
  } else if (extension instanceof x509.ExtendedKeyUsageExtension) {
    details.extendedKeyUsage = Array.from(extension.usages, (oid) => ({ oid: String(oid), name: EXTENDED_KEY_USAGE_NAMES[String(oid)] ?? null }));
  } else if (extension instanceof x509.BasicConstraintsExtension) {
    details.basicConstraints = { cA: extension.ca, pathLen: extension.pathLength ?? null };
  } else if (extension instanceof x509.AuthorityInfoAccessExtension) {
    details.authorityInfoAccess = { ocsp: urls(extension.ocsp), caIssuers: urls(extension.caIssuers) };
  } else if (extension instanceof x509.CRLDistributionPointsExtension) {
    details.crlDistributionPoints = Array.from(extension.distributionPoints).flatMap((point) =>
      (point.distributionPoint?.fullName ?? []).flatMap((name) => (name.uniformResourceIdentifier ? [name.uniformResourceIdentifier] : [])),
    );
  } else if (extension instanceof x509.CertificatePolicyExtension) {
    details.certificatePolicies = Array.from(extension.policies, (oid) => ({ oid, name: CERTIFICATE_POLICY_NAMES[oid] ?? null }));
  } else if (extension instanceof x509.SubjectKeyIdentifierExtension) {
    details.subjectKeyId = extension.keyId;
  } else if (extension instanceof x509.AuthorityKeyIdentifierExtension) {
    details.authorityKeyId = extension.keyId ?? null;
  } else {
    return false;
  }
  return true;
}

/**
 * Decodes a certificate's extensions with @peculiar/x509, one at a time, so that one broken or
 * unsupported extension (e.g. a SAN with an otherName it cannot show) leaves the others readable;
 * that one is listed with its raw hex. Only the first of a repeated extension fills its field,
 * as `getExtension` does (RFC 5280 §4.2 forbids repeats). `written`, the same extensions as the DER
 * reader sliced them (plainDerExtensions), spares re-encoding each one for the library.
 */
export function readExtensionDetails(asnExtensions: readonly AsnExtension[], written: readonly CertificateExtension[] | null = null): ExtensionDetails {
  const details: Mutable<ExtensionDetails> = emptyExtensionDetails();
  const entries: ExtensionEntry[] = [];
  const filled = new Set<string>();
  const slices = written !== null && written.length === asnExtensions.length ? written : null;
  for (const [index, asnExtension] of asnExtensions.entries()) {
    const oid = asnExtension.extnID;
    const entry = { oid, name: EXTENSION_NAMES[oid] ?? null, critical: asnExtension.critical };
    let decoded = false;
    if (!filled.has(oid)) {
      try {
        const slice = slices?.[index];
        decoded = fillField(details, x509.ExtensionFactory.create(slice?.type === oid ? slice.rawData : AsnConvert.serialize(asnExtension)));
      } catch {
        decoded = false;
      }
      if (decoded) filled.add(oid);
    }
    entries.push(decoded ? entry : { ...entry, valueHex: toHex(new Uint8Array(asnExtension.extnValue.buffer)) });
  }
  details.extensions = entries;
  return details;
}
