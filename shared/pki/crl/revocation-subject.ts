import type { CertificateSummary } from '../../model/certificate-summary';
import { findExtension } from '../certificate/certificate-extensions';
import { libraryCertificate } from '../certificate/library-certificate';
import { summarizeCertificate } from '../certificate/summarize-certificate';
import { normaliseDn } from '../chain/chain-names';
import { DER_TAG, readElement } from '../der/der-reader';
import { serialKey } from '../serial';
import { x509 } from '../x509-library';
import { CRL_OID, readDistributionPoints, type CertificateDistributionPoint } from './crl-extensions';

const KEY_USAGE = '2.5.29.15';

/** A certificate as revocation checking sees it: names, signed serial, CA flag, cRLSign and its CRL distribution points. */
export interface RevocationSubject {
  readonly der: Uint8Array;
  readonly certificate: x509.X509Certificate;
  readonly summary: CertificateSummary;
  readonly subjectKey: string;
  readonly issuerKey: string;
  /** The serial in its one comparable form (serialKey: signed). */
  readonly serialKey: string;
  /** True when keyUsage is absent or asserts cRLSign (RFC 5280 §4.2.1.3, §6.3.3 (f)). */
  readonly mayCrlSign: boolean;
  /** cRLDistributionPoints, or null when the certificate has none (then the CRL issuer is the certificate issuer). */
  readonly distributionPoints: readonly CertificateDistributionPoint[] | null;
}

/** The serial INTEGER's content octets and the issuer Name (DER) read from a DER certificate, or null. */
function serialAndIssuer(der: Uint8Array): { serial: Uint8Array; issuerName: Uint8Array } | null {
  const certificate = readElement(der, 0);
  const tbs = typeof certificate === 'string' ? certificate : readElement(der, certificate.contentStart, certificate.end);
  if (typeof tbs === 'string') return null;
  let field = readElement(der, tbs.contentStart, tbs.end);
  if (typeof field !== 'string' && field.tag === 0xa0) field = readElement(der, field.end, tbs.end);
  if (typeof field === 'string' || field.tag !== DER_TAG.integer) return null;
  const algorithm = readElement(der, field.end, tbs.end);
  const issuer = typeof algorithm === 'string' ? algorithm : readElement(der, algorithm.end, tbs.end);
  if (typeof issuer === 'string') return null;
  return { serial: der.subarray(field.contentStart, field.end), issuerName: der.subarray(issuer.start, issuer.end) };
}

// The same CA certificates (bundled, user-added) are read for every certificate checked: read each byte array once.
const read = new WeakMap<Uint8Array, Promise<RevocationSubject | null>>();

/** Reads a DER certificate for revocation checking, or null when it does not decode (read once per byte array). Never throws. */
export function readRevocationSubject(der: Uint8Array): Promise<RevocationSubject | null> {
  let pending = read.get(der);
  if (!pending) {
    pending = readSubject(der);
    read.set(der, pending);
  }
  return pending;
}

async function readSubject(der: Uint8Array): Promise<RevocationSubject | null> {
  const summary = await summarizeCertificate(der);
  const fields = serialAndIssuer(der);
  if (!summary.ok || fields === null) return null;
  // The one parse of these bytes: the chain builder has usually made it already (the path's links keep their DER).
  const certificate = libraryCertificate(der);
  if (certificate === null) return null;
  let mayCrlSign = true;
  let distributionPoints: CertificateDistributionPoint[] | null = null;
  try {
    const usage = findExtension(certificate, KEY_USAGE);
    if (usage) mayCrlSign = (new x509.KeyUsagesExtension(usage.rawData).usages & x509.KeyUsageFlags.cRLSign) !== 0;
    const points = findExtension(certificate, CRL_OID.crlDistributionPoints);
    // An unreadable CRLDP leaves every scoped CRL unmatched (an empty list), never wider than written.
    if (points) distributionPoints = readDistributionPoints(new Uint8Array(points.value), fields.issuerName) ?? [];
  } catch {
    mayCrlSign = false;
  }
  return {
    der,
    certificate,
    summary: summary.value,
    subjectKey: normaliseDn(summary.value.subjectDn),
    issuerKey: normaliseDn(summary.value.issuerDn),
    serialKey: serialKey(fields.serial),
    mayCrlSign,
    distributionPoints,
  };
}
