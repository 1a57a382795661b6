import { ALL_REASONS, type CertificateDistributionPoint, type ReasonMask } from './crl-extensions';
import type { ParsedCrl } from './read-crl';
import type { RevocationSubject } from './revocation-subject';

/** Why a CRL says nothing about a certificate (RFC 5280 §6.3.3 (b)). */
export type OutOfScope = 'other-issuer' | 'other-distribution-point' | 'only-user-certificates' | 'only-ca-certificates' | 'only-attribute-certificates';

/** Whether a CRL covers a certificate, and for which revocation reasons (ReasonFlags mask). */
export type CrlScope = { readonly covered: true; readonly reasons: ReasonMask } | { readonly covered: false; readonly why: OutOfScope };

const intersects = (a: readonly string[] | null | undefined, b: readonly string[] | null | undefined): boolean => !!a && !!b && a.some((name) => b.includes(name));

/**
 * The certificate's distribution point this CRL answers for (RFC 5280 §6.3.3 (b)): with a cRLIssuer,
 * the CRL must be indirect and from that issuer; without, the CRL issuer must be the certificate
 * issuer, and an IDP name must match the point's names. A certificate without cRLDistributionPoints
 * is treated as one point naming its issuer, so a direct CRL without an IDP name covers it.
 */
function matchingPoint(crl: ParsedCrl, subject: RevocationSubject): CertificateDistributionPoint | OutOfScope {
  const idpNames = crl.issuingDistributionPoint?.names ?? null;
  const points: readonly CertificateDistributionPoint[] = subject.distributionPoints ?? [{ names: null, reasons: null, crlIssuer: null }];
  let why: OutOfScope = 'other-issuer';
  for (const point of points) {
    if (point.crlIssuer) {
      if (!crl.issuingDistributionPoint?.indirect || !point.crlIssuer.includes(`dn:${crl.issuerKey}`)) continue;
    } else if (crl.issuerKey !== subject.issuerKey) continue;
    if (idpNames) {
      const pointNames = point.names ?? point.crlIssuer ?? (subject.distributionPoints === null ? [`dn:${subject.issuerKey}`] : null);
      if (!intersects(idpNames, pointNames)) {
        why = 'other-distribution-point';
        continue;
      }
    }
    return point;
  }
  return why;
}

/** Whether `crl` covers `subject` and for which reasons (RFC 5280 §6.3.3 (b), (d)). */
export function crlScope(crl: ParsedCrl, subject: RevocationSubject): CrlScope {
  const point = matchingPoint(crl, subject);
  if (typeof point === 'string') return { covered: false, why: point };
  const idp = crl.issuingDistributionPoint;
  if (idp?.onlyAttributeCerts) return { covered: false, why: 'only-attribute-certificates' };
  if (idp?.onlyUserCerts && subject.summary.isCa) return { covered: false, why: 'only-user-certificates' };
  if (idp?.onlyCaCerts && !subject.summary.isCa) return { covered: false, why: 'only-ca-certificates' };
  const reasons = (idp?.onlySomeReasons ?? ALL_REASONS) & (point.reasons ?? ALL_REASONS);
  return { covered: true, reasons };
}
