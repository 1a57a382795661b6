/**
 * The list fields of one X.509 certificate, read on the fast path straight from the DER
 * (no full certificate object), so that 50,000 rows index in well under a second.
 * Must agree with what @peculiar/x509 reports for the same certificate (property-tested).
 */
export interface CertificateSummary {
  /** Subject DN in the same string form @peculiar/x509 gives for `cert.subject`. */
  readonly subjectDn: string;
  /** Issuer DN in the same string form @peculiar/x509 gives for `cert.issuer`. */
  readonly issuerDn: string;
  /** The last CN attribute of the subject, or null. */
  readonly commonName: string | null;
  /** SAN dNSName entries in certificate order (lower case is NOT forced; as encoded). */
  readonly dnsNames: readonly string[];
  /** SAN iPAddress entries as text (IPv4 dotted, IPv6 RFC 5952 compressed). */
  readonly ipAddresses: readonly string[];
  /** SAN rfc822Name entries (the holder's mail in client and S/MIME certificates), as encoded. */
  readonly emailAddresses: readonly string[];
  /** Serial number as a decimal digit string (positive). */
  readonly serialNumber: string;
  /** Serial number as upper-case hex bytes joined by colons, e.g. "0A:1B:2C". */
  readonly serialHex: string;
  /** notBefore as epoch milliseconds (UTC). */
  readonly notBefore: number;
  /** notAfter as epoch milliseconds (UTC). */
  readonly notAfter: number;
  /** Public key algorithm family. */
  readonly keyAlgorithm: 'RSA' | 'EC' | 'Ed25519' | 'Ed448' | 'DSA' | 'unknown';
  /** RSA modulus bits, or EC field size in bits; null when unknown. */
  readonly keySize: number | null;
  /** Named curve for EC keys ("P-256", "P-384", "P-521"), else null. */
  readonly curve: string | null;
  /** SHA-256 of the whole DER certificate, lower-case hex without separators. */
  readonly sha256: string;
  /** True when basicConstraints says cA. */
  readonly isCa: boolean;
}
