import { AsnConvert } from '@peculiar/asn1-schema';
import { AuthorityInfoAccessSyntax, AuthorityKeyIdentifier, GeneralNames, Name as AsnName, NameConstraints, type GeneralName } from '@peculiar/asn1-x509';
import { certificateExtensions } from '../certificate/certificate-extensions';
import { x509 } from '../x509-library';

/** One name of a certificate or one base of a name constraint, by GeneralName form (RFC 5280 §4.2.1.6). */
export type NameForm =
  | { readonly kind: 'dns'; readonly value: string }
  | { readonly kind: 'ip'; readonly value: string }
  | { readonly kind: 'email'; readonly value: string }
  | { readonly kind: 'uri'; readonly value: string }
  | { readonly kind: 'dn'; readonly value: AsnName }
  | { readonly kind: 'other'; readonly value: string };

/** The permitted and excluded subtrees of a nameConstraints extension. */
export interface NameConstraintSet {
  readonly permitted: readonly NameForm[];
  readonly excluded: readonly NameForm[];
}

/** What path validation reads from one certificate's extensions (RFC 5280 §4.2), decoded once. */
export interface CertificateConstraints {
  /** basicConstraints, or null when absent. */
  readonly basicConstraints: { readonly ca: boolean; readonly pathLength: number | null } | null;
  /** keyUsage bits (x509.KeyUsageFlags), or null when absent. */
  readonly keyUsage: number | null;
  /** extendedKeyUsage OIDs, or null when absent. */
  readonly extendedKeyUsage: readonly string[] | null;
  readonly nameConstraints: NameConstraintSet | null;
  /** subjectAltName entries (empty when absent). */
  readonly subjectAltNames: readonly NameForm[];
  /** The subject DN as decoded RDNs, for directoryName constraints. */
  readonly subject: AsnName | null;
  /** Critical extensions this validator does not process, by OID. */
  readonly unknownCritical: readonly string[];
  /** Extensions that appear more than once or do not decode, by OID. */
  readonly malformed: readonly string[];
  /** Every extension present, by OID, with whether it is marked critical. */
  readonly criticality: ReadonlyMap<string, boolean>;
  /** Which fields the authorityKeyIdentifier holds, or null when it is absent. */
  readonly authorityKeyFields: { readonly keyIdentifier: boolean; readonly issuerAndSerial: boolean } | null;
}

/** Extensions whose meaning path validation honours, or which are safe to accept as critical because they only inform (RFC 5280 §4.2.1). */
const UNDERSTOOD = new Set([
  '2.5.29.14', // subjectKeyIdentifier
  '2.5.29.35', // authorityKeyIdentifier
  '2.5.29.15', // keyUsage
  '2.5.29.17', // subjectAltName
  '2.5.29.19', // basicConstraints
  '2.5.29.30', // nameConstraints
  '2.5.29.37', // extendedKeyUsage
  // Policy extensions: processed by policy-tree with the default inputs (RFC 5280 §6.1.1 (c)-(f)).
  '2.5.29.32', // certificatePolicies
  '2.5.29.33', // policyMappings
  '2.5.29.36', // policyConstraints
  '2.5.29.54', // inhibitAnyPolicy
  // id-pkix-ocsp-nocheck (RFC 6960 §4.2.2.2.1): a NULL that only tells OCSP clients not to check this responder.
  '1.3.6.1.5.5.7.48.1.5',
]);

/** A GeneralName by form; the forms path validation does not compare become `other`. */
export function nameFormOf(name: GeneralName): NameForm {
  if (name.dNSName !== undefined) return { kind: 'dns', value: name.dNSName };
  if (name.iPAddress !== undefined) return { kind: 'ip', value: name.iPAddress };
  if (name.rfc822Name !== undefined) return { kind: 'email', value: name.rfc822Name };
  if (name.uniformResourceIdentifier !== undefined) return { kind: 'uri', value: name.uniformResourceIdentifier };
  if (name.directoryName !== undefined) return { kind: 'dn', value: name.directoryName };
  return { kind: 'other', value: name.registeredID ?? name.otherName?.typeId ?? 'other' };
}

function readNameConstraints(value: ArrayBuffer): NameConstraintSet {
  const parsed = AsnConvert.parse(value, NameConstraints);
  return {
    permitted: (parsed.permittedSubtrees ?? []).map((subtree) => nameFormOf(subtree.base)),
    excluded: (parsed.excludedSubtrees ?? []).map((subtree) => nameFormOf(subtree.base)),
  };
}

function readSubject(certificate: x509.X509Certificate): AsnName | null {
  try {
    return AsnConvert.parse(certificate.subjectName.toArrayBuffer(), AsnName);
  } catch {
    return null;
  }
}

const cache = new WeakMap<x509.X509Certificate, CertificateConstraints>();

/** The constraints of a certificate, decoded once per certificate object; an extension that does not decode is listed as malformed. */
export function readConstraints(certificate: x509.X509Certificate): CertificateConstraints {
  const known = cache.get(certificate);
  if (known) return known;
  const seen = new Set<string>();
  const criticality = new Map<string, boolean>();
  const malformed: string[] = [];
  const unknownCritical: string[] = [];
  let basicConstraints: CertificateConstraints['basicConstraints'] = null;
  let keyUsage: number | null = null;
  let extendedKeyUsage: string[] | null = null;
  let nameConstraints: NameConstraintSet | null = null;
  let subjectAltNames: NameForm[] = [];
  let authorityKeyFields: CertificateConstraints['authorityKeyFields'] = null;
  for (const extension of certificateExtensions(certificate)) {
    const oid = extension.type;
    if (seen.has(oid)) malformed.push(oid);
    seen.add(oid);
    criticality.set(oid, extension.critical);
    if (extension.critical && !UNDERSTOOD.has(oid)) unknownCritical.push(oid);
    try {
      switch (oid) {
        case '2.5.29.19': {
          const parsed = new x509.BasicConstraintsExtension(extension.rawData);
          basicConstraints = { ca: parsed.ca, pathLength: parsed.pathLength ?? null };
          break;
        }
        case '2.5.29.15':
          keyUsage = new x509.KeyUsagesExtension(extension.rawData).usages;
          break;
        case '2.5.29.37':
          extendedKeyUsage = new x509.ExtendedKeyUsageExtension(extension.rawData).usages.map(String);
          break;
        case '2.5.29.30':
          nameConstraints = readNameConstraints(extension.value);
          // RFC 5280 §4.2.1.10: a nameConstraints extension with neither subtree is not allowed.
          if (nameConstraints.permitted.length === 0 && nameConstraints.excluded.length === 0) malformed.push(oid);
          break;
        case '2.5.29.17':
          subjectAltNames = AsnConvert.parse(extension.value, GeneralNames).map(nameFormOf);
          break;
        case '2.5.29.35': {
          const parsed = AsnConvert.parse(extension.value, AuthorityKeyIdentifier);
          authorityKeyFields = { keyIdentifier: parsed.keyIdentifier !== undefined, issuerAndSerial: parsed.authorityCertIssuer !== undefined || parsed.authorityCertSerialNumber !== undefined };
          break;
        }
        case '1.3.6.1.5.5.7.1.1':
          // authorityInfoAccess: only decoded, so that a damaged one is reported (x509-limbo webpki::malformed-aia).
          AsnConvert.parse(extension.value, AuthorityInfoAccessSyntax);
          break;
      }
    } catch {
      malformed.push(oid);
    }
  }
  const constraints: CertificateConstraints = { basicConstraints, keyUsage, extendedKeyUsage, nameConstraints, subjectAltNames, subject: readSubject(certificate), unknownCritical, malformed, criticality, authorityKeyFields };
  cache.set(certificate, constraints);
  return constraints;
}
