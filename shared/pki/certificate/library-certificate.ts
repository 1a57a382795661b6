import { x509 } from '../x509-library';

const parsed = new WeakMap<Uint8Array, x509.X509Certificate | null>();

/**
 * @peculiar/x509's object for a DER certificate, or null when the library refuses the bytes. Parsed
 * once per byte array, whoever asks first: the chain builder and revocation checking hold the same
 * arrays (a path's links keep the DER they were built from), so a certificate checked both ways is
 * parsed once, not twice (issue 13, CLI cold start). Callers run their own checks (limits, the
 * summary) before asking. Never throws.
 */
export function libraryCertificate(der: Uint8Array): x509.X509Certificate | null {
  let certificate = parsed.get(der);
  if (certificate === undefined) {
    try {
      certificate = new x509.X509Certificate(new Uint8Array(der));
    } catch {
      certificate = null;
    }
    parsed.set(der, certificate);
  }
  return certificate;
}
