import { x509 } from './x509-library';

/** Certificates read from a PKCS#7 bundle, or why none could be. */
export type Pkcs7Read = { readonly ok: true; readonly certificates: Uint8Array[] } | { readonly ok: false; readonly reason: 'malformed' | 'empty' };

/**
 * The certificates inside a PKCS#7 / CMS SignedData (RFC 2315 §9.1, RFC 5652 §5: the "certs-only"
 * .p7b that Windows and IIS use), DER or BER, in the order they are stored. Never throws.
 */
export function readPkcs7Certificates(der: Uint8Array): Pkcs7Read {
  try {
    const collection = new x509.X509Certificates(new Uint8Array(der));
    const certificates = collection.map((certificate) => new Uint8Array(certificate.rawData));
    return certificates.length > 0 ? { ok: true, certificates } : { ok: false, reason: 'empty' };
  } catch {
    return { ok: false, reason: 'malformed' };
  }
}

/** A certs-only PKCS#7 SignedData (DER) holding `certificates` in the given order, as Windows' .p7b files are. */
export function encodePkcs7(certificates: readonly Uint8Array[]): Uint8Array {
  const collection = new x509.X509Certificates(certificates.map((der) => new x509.X509Certificate(new Uint8Array(der))));
  return new Uint8Array(collection.export('raw'));
}
