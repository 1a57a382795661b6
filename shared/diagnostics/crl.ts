import { x509 } from '../pki/x509-library';
import { decodeBase64 } from '../encoding/base64';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import { err, ok, type Result } from '../model/result';
import { normaliseDn } from '../pki/chain/chain-names';
import { crlReasonLabel, NO_REASON_GIVEN } from '../pki/crl-reasons';
import { crlFindings } from './crl-findings';
import { decodeText, normaliseText } from '../pki/pem/normalise-text';
import { scanPem } from '../pki/pem/pem-scan';

/** A decoded CRL: its issuer, dates (epoch ms) and the parsed object the checker uses. */
export interface ParsedCrl {
  readonly der: Uint8Array;
  readonly issuerDn: string;
  readonly thisUpdate: number;
  readonly nextUpdate: number | null;
  readonly entryCount: number;
  readonly crl: x509.X509Crl;
}

/** Reads a CRL in DER or PEM ("X509 CRL", leniently: see pem-scan.ts); a `crl-unreadable` finding otherwise. Never throws. */
export function readCrl(bytes: Uint8Array): Result<ParsedCrl, Finding> {
  let der = bytes;
  if (bytes[0] !== 0x30) {
    const block = scanPem(normaliseText(decodeText(bytes).text).text).blocks.find((b) => b.label === 'X509 CRL' || b.label === 'CRL');
    const decoded = block ? decodeBase64(block.base64) : null;
    if (!decoded || !decoded.ok) return err(crlFindings.unreadable());
    der = decoded.value;
  }
  try {
    const crl = new x509.X509Crl(new Uint8Array(der));
    return ok({
      der,
      issuerDn: crl.issuer,
      thisUpdate: crl.thisUpdate.getTime(),
      nextUpdate: crl.nextUpdate?.getTime() ?? null,
      entryCount: crl.entries.length,
      crl,
    });
  } catch {
    return err(crlFindings.unreadable());
  }
}

/** Serial hex in comparable form: lower case, no colons, no leading zero octets. */
const serialKey = (hex: string): string => hex.replace(/[:\s]/g, '').toLowerCase().replace(/^(00)+(?=.)/, '');

/** The outcome of checking certificates against a CRL: the CA that signed it (or null) and one finding per certificate from that CA. */
export interface CrlCheck {
  readonly issuerVerified: boolean;
  readonly findings: Finding[];
  /** SHA-256 (of each certificate checked) → revoked or not. Certificates from other CAs are absent. */
  readonly revoked: ReadonlyMap<string, boolean>;
}

async function findSigner(parsed: ParsedCrl, candidates: readonly Uint8Array[]): Promise<'verified' | 'bad-signature' | 'unknown-issuer'> {
  const issuerKey = normaliseDn(parsed.issuerDn);
  let sawNamesake = false;
  for (const der of candidates) {
    let certificate: x509.X509Certificate;
    try {
      certificate = new x509.X509Certificate(new Uint8Array(der));
    } catch {
      continue;
    }
    if (normaliseDn(certificate.subject) !== issuerKey) continue;
    sawNamesake = true;
    try {
      if (await parsed.crl.verify({ publicKey: certificate.publicKey })) return 'verified';
    } catch {
      // An algorithm WebCrypto lacks or a damaged signature: try the next candidate.
    }
  }
  return sawNamesake ? 'bad-signature' : 'unknown-issuer';
}

/**
 * Checks certificates against an offline CRL (RFC 5280 §5, §6.3). The CRL is refused unless its
 * signature verifies with one of `issuerCandidates` (bundled and user CAs): `crl-issuer-unknown` when
 * no candidate has its issuer's name, `crl-signature-invalid` when none verifies. Then each certificate
 * issued by that CA gets `revoked-by-crl` (error: date, reason, "as of" thisUpdate) or `not-revoked-by-crl` (ok).
 */
export async function checkCrl(parsed: ParsedCrl, issuerCandidates: readonly Uint8Array[], certificates: readonly CertificateSummary[], options: { now?: number } = {}): Promise<CrlCheck> {
  const signer = await findSigner(parsed, issuerCandidates);
  if (signer !== 'verified') {
    return { issuerVerified: false, findings: [signer === 'unknown-issuer' ? crlFindings.issuerUnknown(parsed.issuerDn) : crlFindings.signatureInvalid(parsed.issuerDn)], revoked: new Map() };
  }
  const entries = new Map<string, x509.X509CrlEntry>();
  for (const entry of parsed.crl.entries) entries.set(serialKey(entry.serialNumber), entry);
  const findings: Finding[] = [];
  const revoked = new Map<string, boolean>();
  const issuerKey = normaliseDn(parsed.issuerDn);
  if (options.now !== undefined && parsed.nextUpdate !== null && options.now > parsed.nextUpdate) findings.push(crlFindings.outdated(parsed.nextUpdate));
  for (const summary of certificates) {
    if (normaliseDn(summary.issuerDn) !== issuerKey) continue;
    const entry = entries.get(serialKey(summary.serialHex));
    revoked.set(summary.sha256, entry !== undefined);
    findings.push(
      entry
        ? crlFindings.revoked(summary, entry.revocationDate.getTime(), entry.reason === undefined ? NO_REASON_GIVEN : crlReasonLabel(entry.reason), parsed.thisUpdate)
        : crlFindings.notRevoked(summary, parsed.thisUpdate),
    );
  }
  return { issuerVerified: true, findings, revoked };
}
