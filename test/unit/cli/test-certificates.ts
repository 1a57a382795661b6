import { x509 } from '../../../shared/pki/x509-library';

const ALGORITHM = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
let keysPromise: Promise<CryptoKeyPair> | null = null;

/** What a generated test certificate should say. */
export interface TestCertificateSpec {
  readonly commonName: string;
  readonly dnsNames?: readonly string[];
  /** Hex serial, as @peculiar/x509 takes it. */
  readonly serialHex: string;
  readonly notBefore: Date;
  readonly notAfter: Date;
}

/** A real self-signed ECDSA P-256 certificate (DER) for tests; one key pair is shared to keep tests fast. */
export async function makeCertificateDer(spec: TestCertificateSpec): Promise<Uint8Array> {
  keysPromise ??= crypto.subtle.generateKey(ALGORITHM, true, ['sign', 'verify']) as Promise<CryptoKeyPair>;
  const keys = await keysPromise;
  const names = spec.dnsNames ?? [spec.commonName];
  const certificate = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: spec.serialHex,
    // The string form is parsed (and drops some control characters); the JSON form keeps a hostile CN as written.
    name: /^[\x20-\x7e]*$/.test(spec.commonName) ? `CN=${spec.commonName}, O=Example University, C=JP` : [{ CN: [spec.commonName] }, { O: ['Example University'] }, { C: ['JP'] }],
    notBefore: spec.notBefore,
    notAfter: spec.notAfter,
    signingAlgorithm: ALGORITHM,
    keys,
    extensions: names.length > 0 ? [new x509.SubjectAlternativeNameExtension(names.map((value) => ({ type: 'dns' as const, value })))] : [],
  });
  return new Uint8Array(certificate.rawData);
}
