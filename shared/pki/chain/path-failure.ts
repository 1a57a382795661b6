/**
 * Why a certification path does not validate (RFC 5280 §6.1.3–§6.1.5 and the CA/Browser Forum
 * server profile): one code per rule, the certificate it concerns, and a short detail (an OID, a
 * name that broke a constraint). shared/diagnostics words each code for the staff member.
 */
export type PathFailureCode =
  /** The certificate's notAfter is before the chosen time (RFC 5280 §6.1.3 (a)(2)). */
  | 'expired'
  /** The certificate's notBefore is after the chosen time. */
  | 'not-yet-valid'
  /** The signature does not verify with the issuer's key. */
  | 'signature-invalid'
  /** The signature uses an algorithm this app does not verify (MD5, MD2, DSA, unknown OIDs). */
  | 'unsupported-algorithm'
  /** An issuer without basicConstraints cA=TRUE (RFC 5280 §6.1.4 (k)). */
  | 'issuer-not-ca'
  /** An issuer whose keyUsage lacks keyCertSign (RFC 5280 §6.1.4 (n)). */
  | 'issuer-no-key-cert-sign'
  /** More intermediates below an issuer than its pathLenConstraint allows (RFC 5280 §6.1.4 (m)). */
  | 'path-length-exceeded'
  /** A name outside an issuer's permitted subtrees or inside its excluded ones (RFC 5280 §4.2.1.10). */
  | 'name-constraints-violated'
  /** A critical extension this validator does not process (RFC 5280 §4.2). */
  | 'unknown-critical-extension'
  /** An extension that appears twice or does not decode (RFC 5280 §4.2: at most one instance). */
  | 'malformed-extension'
  /** A CA certificate presented as the server certificate (CA/B Forum BR §7.1.2.7). */
  | 'ca-as-server-certificate'
  /** A server certificate whose extendedKeyUsage lacks serverAuth (RFC 5280 §4.2.1.12). */
  | 'no-server-auth'
  /** An intermediate whose extendedKeyUsage rules out serverAuth (CA/B Forum BR §7.1.2.2; browsers refuse). */
  | 'issuer-eku-excludes-server-auth'
  /** A key too weak for browsers: RSA below 2048 bits or not a whole number of bytes, EC off P-256/P-384/P-521, DSA. */
  | 'weak-key'
  /** An old-generation NII intermediate that NII revoked (see known-cas). */
  | 'retired-intermediate'
  /** An extension marked critical where it must not be, or not where it must (RFC 5280 §4.2.1). */
  | 'wrong-criticality'
  /** An extension only a CA may carry (nameConstraints, keyUsage keyCertSign) in a certificate that is not a CA. */
  | 'extension-not-allowed'
  /** A serial number that is zero or longer than 20 octets (RFC 5280 §4.1.2.2). */
  | 'bad-serial-number'
  /** A SAN dNSName that is not a host name (underscore, empty label, leading dot; RFC 5280 §4.2.1.6). */
  | 'invalid-dns-name'
  /** A CA/Browser Forum Baseline Requirements profile rule broken (BR §7.1.2); a public CA must revoke such a certificate. */
  | 'baseline-requirements'
  /** Too many names times constraints to check within the work limit; refused rather than left unchecked. */
  | 'name-constraints-unchecked'
  /** The path's certificate policies leave no acceptable policy where a CA requires an explicit one, or map to or from anyPolicy (RFC 5280 §6.1.3 (f), §6.1.4 (a), §6.1.5). */
  | 'policy-not-acceptable'
  /** The path ends at a self-signed certificate that is not a trust anchor (not bundled, not given by the user). */
  | 'untrusted-root';

/** One failure of a path: what went wrong, and on which certificate (0 = the leaf, counting up). */
export interface PathFailure {
  readonly code: PathFailureCode;
  /** Position on the path, 0 for the leaf. */
  readonly index: number;
  /** The certificate concerned: its SHA-256 (lower-case hex) and subject DN. */
  readonly sha256: string;
  readonly subjectDn: string;
  /** A fact that explains the failure (an OID, the name that broke a constraint, a key size), or null. */
  readonly detail: string | null;
}

/** Failures about the leaf's own dates, key and EKU: the certificate's own checks report these, and a chain file of an expired leaf still holds the right CAs. */
const LEAF_OWN: ReadonlySet<PathFailureCode> = new Set<PathFailureCode>(['expired', 'not-yet-valid', 'weak-key', 'no-server-auth']);

/** True when the failure is about the leaf itself (its dates, key or EKU) rather than about the path to it. */
export function isLeafOwnFailure(failure: PathFailure): boolean {
  return failure.index === 0 && LEAF_OWN.has(failure.code);
}
