import { x509 } from '../x509-library';
import type { Certificate, Name as AsnName } from '@peculiar/asn1-x509';
import { hexToColonHex, toHex } from '../../encoding/hex';
import type { CertificateSummary } from '../../model/certificate-summary';
import { err, ok, type Result } from '../../model/result';
import { sha1Hex, sha256Hex } from '../digest';
import { ATTRIBUTE_SHORT_NAMES } from './distinguished-name';
import { plainDerExtensions } from './certificate-extensions';
import { emptyExtensionDetails, readExtensionDetails, type ExtensionDetails } from './extension-details';
import { certificateAsn, libraryCertificate } from './library-certificate';
import { ATTRIBUTE_TYPE_NAMES, SIGNATURE_ALGORITHMS } from '../oid-names';
import { encodePem } from '../pem/encode-pem';
import { serialToColonHex, serialToDecimal } from '../serial';
import { readCertificateSummary, type CertificateDecodeFailure } from './summarize-certificate';
import { derLimitExceeded } from '../der/der-limits';

/** One attribute of a DN, in certificate order. */
export interface NamePart {
  /** Readable type name ("commonName"), or the OID when unknown. */
  readonly type: string;
  /** Short name as in the DN string ("CN"), or null when the DN string shows the OID. */
  readonly shortName: string | null;
  readonly oid: string;
  /** The value as text; a non-string value as "#" + hex of its DER. */
  readonly value: string;
}

/** A DN as the one-line string (the same as CertificateSummary.subjectDn / issuerDn) and as parts. */
export interface NameDetails {
  readonly text: string;
  readonly parts: readonly NamePart[];
}

/** Everything the details view shows about one certificate. Times are epoch ms; hex is as noted. */
export interface CertificateDetails extends ExtensionDetails {
  /** 1, 2 or 3. */
  readonly version: number;
  readonly subject: NameDetails;
  readonly issuer: NameDetails;
  /** The last CN of the subject, or null. */
  readonly commonName: string | null;
  readonly serialNumber: string;
  /** Upper-case colon hex without the sign octet (see serial.ts). */
  readonly serialHex: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly publicKey: {
    readonly algorithm: CertificateSummary['keyAlgorithm'];
    readonly size: number | null;
    readonly curve: string | null;
    /** SHA-256 of the DER SubjectPublicKeyInfo, lower-case hex (what key-pinning and key matching use). */
    readonly spkiSha256: string;
  };
  readonly signatureAlgorithm: {
    readonly oid: string;
    /** "sha256WithRSAEncryption", "ecdsa-with-SHA384", …; the OID when unknown. */
    readonly name: string;
    /** "SHA-256", …; null when none applies or it is unknown. */
    readonly hash: string | null;
  };
  readonly fingerprints: {
    /** Lower-case hex, no separators. */
    readonly sha1: string;
    readonly sha256: string;
    /** Upper-case hex with colons, as browsers and OpenSSL show them. */
    readonly sha1Colon: string;
    readonly sha256Colon: string;
  };
  /** The certificate as PEM (LF line endings). */
  readonly pem: string;
}

/** The parts of an ASN.1 Name in certificate order. */
function nameParts(name: AsnName): NamePart[] {
  // Array.from: the ASN.1 classes are Array subclasses, and the details must be plain data.
  return Array.from(name).flatMap((rdn) =>
    Array.from(rdn, (attribute) => ({
      type: ATTRIBUTE_TYPE_NAMES[attribute.type] ?? attribute.type,
      shortName: ATTRIBUTE_SHORT_NAMES[attribute.type] ?? null,
      oid: attribute.type,
      value: attribute.value.anyValue ? `#${toHex(new Uint8Array(attribute.value.anyValue))}` : attribute.value.toString(),
    })),
  );
}

/** The signature algorithm's OID, readable name and hash (the hash of RSASSA-PSS comes from @peculiar/x509). */
function signatureAlgorithmOf(asn: Certificate, certificate: x509.X509Certificate): CertificateDetails['signatureAlgorithm'] {
  const oid = asn.signatureAlgorithm.algorithm;
  const known = SIGNATURE_ALGORITHMS[oid];
  let hash = known?.hash ?? null;
  if (hash === null) {
    try {
      const algorithm = certificate.signatureAlgorithm as { hash?: { name?: string } };
      hash = algorithm.hash?.name ?? null;
    } catch {
      // An algorithm @peculiar/x509 does not know: keep the table's answer.
    }
  }
  return { oid, name: known?.name ?? oid, hash };
}

/**
 * Decodes a DER certificate for the details view with @peculiar/x509 (slow: for one certificate
 * at a time). Fails with the same failure values as the fast path; never throws.
 */
export async function describeCertificate(der: Uint8Array): Promise<Result<CertificateDetails, CertificateDecodeFailure>> {
  const summary = readCertificateSummary(der);
  if (!summary.ok) return summary;
  // The library's recursive parser only ever sees bytes within the nesting and OID limits.
  const exceeded = derLimitExceeded(der);
  if (exceeded) return err(exceeded);
  // The one parse of these bytes, which the chain builder and revocation checking use too (issue 13).
  const certificate = libraryCertificate(der);
  if (certificate === null) return err('malformed');
  const asn = certificateAsn(certificate);
  const tbs = asn.tbsCertificate;
  const serial = new Uint8Array(tbs.serialNumber);
  const subjectParts = nameParts(tbs.subject);
  let spki: Uint8Array;
  let extensions: ExtensionDetails;
  try {
    spki = new Uint8Array(certificate.publicKey.rawData);
    extensions = readExtensionDetails(tbs.extensions ?? [], plainDerExtensions(der));
  } catch {
    return err('malformed');
  }
  const [sha1, sha256, spkiSha256] = await Promise.all([sha1Hex(der), sha256Hex(der), sha256Hex(spki)]);
  const commonNames = subjectParts.filter((p) => p.oid === '2.5.4.3' && !p.value.startsWith('#'));
  return ok({
    ...emptyExtensionDetails(),
    ...extensions,
    version: tbs.version + 1,
    subject: { text: certificate.subject, parts: subjectParts },
    issuer: { text: certificate.issuer, parts: nameParts(tbs.issuer) },
    commonName: commonNames.at(-1)?.value ?? null,
    serialNumber: serialToDecimal(serial),
    serialHex: serialToColonHex(serial),
    notBefore: certificate.notBefore.getTime(),
    notAfter: certificate.notAfter.getTime(),
    publicKey: { algorithm: summary.value.keyAlgorithm, size: summary.value.keySize, curve: summary.value.curve, spkiSha256 },
    signatureAlgorithm: signatureAlgorithmOf(asn, certificate),
    fingerprints: {
      sha1,
      sha256,
      sha1Colon: hexToColonHex(sha1),
      sha256Colon: hexToColonHex(sha256),
    },
    pem: encodePem(der),
  });
}
