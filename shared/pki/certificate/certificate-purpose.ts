/**
 * What an end-entity certificate is for, read from its extendedKeyUsage (RFC 5280 §4.2.1.12): a TLS
 * server (serverAuth, anyExtendedKeyUsage, or no EKU at all), a client or S/MIME certificate
 * (clientAuth or emailProtection without serverAuth: UPKI's client profiles 5, 7, 13, 14), or code
 * signing. A certificate is judged by what it is for: the server checks (host name, serverAuth, the
 * browsers' server profile) are not asked of a client or code-signing certificate.
 */
export type CertificatePurpose = 'server' | 'client' | 'code-signing';

const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const CODE_SIGNING = '1.3.6.1.5.5.7.3.3';
const EMAIL_PROTECTION = '1.3.6.1.5.5.7.3.4';
const ANY_EXTENDED_KEY_USAGE = '2.5.29.37.0';

/** The purpose of a certificate from its EKU OIDs (null when it has no EKU extension). Any other EKU stays `server`: in a server list, that is what it had to be. */
export function certificatePurpose(extendedKeyUsage: readonly string[] | null): CertificatePurpose {
  if (extendedKeyUsage === null || extendedKeyUsage.includes(SERVER_AUTH) || extendedKeyUsage.includes(ANY_EXTENDED_KEY_USAGE)) return 'server';
  if (extendedKeyUsage.includes(CODE_SIGNING)) return 'code-signing';
  if (extendedKeyUsage.includes(CLIENT_AUTH) || extendedKeyUsage.includes(EMAIL_PROTECTION)) return 'client';
  return 'server';
}

/** The purpose of a decoded certificate (CertificateDetails or anything with its extendedKeyUsage); a certificate not decoded counts as a server certificate. */
export function purposeOfDetails(details: { readonly extendedKeyUsage: readonly { readonly oid: string }[] | null } | null | undefined): CertificatePurpose {
  return certificatePurpose(details?.extendedKeyUsage?.map((usage) => usage.oid) ?? null);
}
