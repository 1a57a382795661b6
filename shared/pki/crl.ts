import { decodeBase64 } from '../encoding/base64';
import { err, ok, type Result } from '../model/result';
import { normaliseDn } from './chain/chain-names';
import { decodeText, normaliseText } from './pem/normalise-text';
import { scanPem } from './pem/pem-scan';
import { x509 } from './x509-library';

/** A decoded CRL (RFC 5280 §5): its issuer, dates (epoch ms) and the parsed object the checks use. */
export interface ParsedCrl {
  readonly der: Uint8Array;
  readonly issuerDn: string;
  readonly thisUpdate: number;
  readonly nextUpdate: number | null;
  readonly entryCount: number;
  readonly crl: x509.X509Crl;
}

/** Reads a CRL in DER or PEM ("X509 CRL", leniently: see pem-scan.ts); `unreadable` otherwise. Never throws. */
export function readCrl(bytes: Uint8Array): Result<ParsedCrl, 'unreadable'> {
  let der = bytes;
  if (bytes[0] !== 0x30) {
    const block = scanPem(normaliseText(decodeText(bytes).text).text).blocks.find((b) => b.label === 'X509 CRL' || b.label === 'CRL');
    const decoded = block ? decodeBase64(block.base64) : null;
    if (!decoded || !decoded.ok) return err('unreadable');
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
    return err('unreadable');
  }
}

/** Whether a CRL's signature verified with one of the candidate issuers, or why not. */
export type CrlSigner = 'verified' | 'bad-signature' | 'unknown-issuer';

/**
 * Looks for the CA that signed a CRL among `candidates` (DER): `verified` when one with the CRL's
 * issuer name verifies its signature, `bad-signature` when namesakes exist but none verifies,
 * `unknown-issuer` when no candidate has that name. Never throws.
 */
export async function findCrlSigner(parsed: ParsedCrl, candidates: readonly Uint8Array[]): Promise<CrlSigner> {
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

/** True when the certificate with this issuer DN falls under the CRL's issuer (normalised names, see chain-names.ts). */
export function isIssuedByCrlIssuer(parsed: ParsedCrl, issuerDn: string): boolean {
  return normaliseDn(issuerDn) === normaliseDn(parsed.issuerDn);
}

/** Serial hex in comparable form: lower case, no colons, no leading zero octets. */
const serialKey = (hex: string): string => hex.replace(/[:\s]/g, '').toLowerCase().replace(/^(00)+(?=.)/, '');

/** A lookup from a certificate's serial (colon hex) to its CRL entry, or undefined when the CRL does not list it. */
export function crlEntryLookup(parsed: ParsedCrl): (serialHex: string) => { readonly revokedAt: number; readonly reason: number | null } | undefined {
  const entries = new Map<string, x509.X509CrlEntry>();
  for (const entry of parsed.crl.entries) entries.set(serialKey(entry.serialNumber), entry);
  return (serialHex) => {
    const entry = entries.get(serialKey(serialHex));
    return entry ? { revokedAt: entry.revocationDate.getTime(), reason: entry.reason ?? null } : undefined;
  };
}
