/**
 * Test helper (shared with other engineers' tests): generates real, signed X.509 certificates
 * with @peculiar/x509 and Node's WebCrypto. Keys are generated once per kind and reused, since
 * RSA key generation is slow; every certificate is still freshly built and signed.
 */
import { x509 } from '../../../../../shared/pki/x509-library';

/** Key types the helper can generate. */
export type KeyKind = 'RSA-2048' | 'P-256' | 'P-384' | 'P-521' | 'Ed25519';

/** A key pair with the signing algorithm to use with it. */
export interface TestKeyPair {
  readonly kind: KeyKind;
  readonly keys: CryptoKeyPair;
  readonly signingAlgorithm: Algorithm | EcdsaParams | RsaHashedImportParams;
}

const KEY_PARAMETERS: Record<KeyKind, { generate: RsaHashedKeyGenParams | EcKeyGenParams | Algorithm; sign: Algorithm }> = {
  'RSA-2048': {
    generate: { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    sign: { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as Algorithm,
  },
  'P-256': { generate: { name: 'ECDSA', namedCurve: 'P-256' }, sign: { name: 'ECDSA', hash: 'SHA-256' } as Algorithm },
  'P-384': { generate: { name: 'ECDSA', namedCurve: 'P-384' }, sign: { name: 'ECDSA', hash: 'SHA-384' } as Algorithm },
  'P-521': { generate: { name: 'ECDSA', namedCurve: 'P-521' }, sign: { name: 'ECDSA', hash: 'SHA-512' } as Algorithm },
  Ed25519: { generate: { name: 'Ed25519' }, sign: { name: 'Ed25519' } },
};

const keyCache = new Map<string, Promise<TestKeyPair>>();

/** A key pair of the given kind; `slot` picks one of several distinct cached pairs of that kind. */
export function getKeyPair(kind: KeyKind, slot = 0): Promise<TestKeyPair> {
  const cacheKey = `${kind}#${slot}`;
  let pair = keyCache.get(cacheKey);
  if (!pair) {
    const parameters = KEY_PARAMETERS[kind];
    pair = (globalThis.crypto.subtle.generateKey(parameters.generate, true, ['sign', 'verify']) as Promise<CryptoKeyPair>).then(
      (keys) => ({ kind, keys, signingAlgorithm: parameters.sign }),
    );
    keyCache.set(cacheKey, pair);
  }
  return pair;
}

/** A name as @peculiar/x509 takes it: "CN=a, O=b" text, or JSON RDNs (plain strings, or objects naming the string type). */
export type NameInput = string | x509.JsonNameParams;

/** A generated certificate with its DER bytes and the key pair it certifies. */
export interface TestCertificate {
  readonly der: Uint8Array<ArrayBuffer>;
  readonly certificate: x509.X509Certificate;
  readonly key: TestKeyPair;
}

/** What to put in a generated certificate; everything is optional. */
export interface CertificateSpec {
  readonly subject?: NameInput;
  /** Hex serial; @peculiar/x509 strips leading zeros and adds the 00 sign octet when the top bit is set. */
  readonly serialHex?: string;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly keyKind?: KeyKind;
  readonly keySlot?: number;
  readonly dnsNames?: readonly string[];
  /** IPv4 dotted or IPv6 text (full or "::" form). */
  readonly ipAddresses?: readonly string[];
  readonly emails?: readonly string[];
  readonly uris?: readonly string[];
  /** true/false adds basicConstraints with that cA; undefined leaves the extension out. */
  readonly isCa?: boolean;
  readonly pathLength?: number;
  /** The issuing CA; absent: self-signed. */
  readonly issuer?: TestCertificate;
  /** Adds the extensions a real UPKI server certificate has (KU, EKU, AIA, CRL DP, policies, SKI, AKI). */
  readonly realistic?: boolean;
  readonly extraExtensions?: readonly x509.Extension[];
}

/** Builds the SAN, basicConstraints and (optionally) realistic extensions of a spec. */
async function buildExtensions(spec: CertificateSpec, key: TestKeyPair): Promise<x509.Extension[]> {
  const extensions: x509.Extension[] = [];
  if (spec.isCa !== undefined) extensions.push(new x509.BasicConstraintsExtension(spec.isCa, spec.pathLength, true));
  const names: x509.JsonGeneralName[] = [
    ...(spec.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(spec.ipAddresses ?? []).map((value) => ({ type: 'ip' as const, value })),
    ...(spec.emails ?? []).map((value) => ({ type: 'email' as const, value })),
    ...(spec.uris ?? []).map((value) => ({ type: 'url' as const, value })),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names));
  if (spec.realistic) {
    const isCa = spec.isCa === true;
    extensions.push(
      new x509.KeyUsagesExtension(
        isCa ? x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign : x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(key.keys.publicKey),
    );
    if (!isCa) {
      extensions.push(
        new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth, x509.ExtendedKeyUsage.clientAuth]),
        new x509.AuthorityInfoAccessExtension({ ocsp: ['http://ocsp.example.jp/'], caIssuers: ['http://repo.example.jp/ca.cer'] }),
        new x509.CRLDistributionPointsExtension(['http://repo.example.jp/ca.crl']),
        new x509.CertificatePolicyExtension(['2.23.140.1.2.2', '1.2.392.200091.100.901.11']),
      );
    }
    if (spec.issuer) extensions.push(await x509.AuthorityKeyIdentifierExtension.create(spec.issuer.key.keys.publicKey));
  }
  extensions.push(...(spec.extraExtensions ?? []));
  return extensions;
}

/** Generates and signs one certificate as the spec says (self-signed when no issuer is given). */
export async function makeCertificate(spec: CertificateSpec = {}): Promise<TestCertificate> {
  const key = await getKeyPair(spec.keyKind ?? 'P-256', spec.keySlot ?? 0);
  const signer = spec.issuer?.key ?? key;
  const subjectInput = spec.subject ?? 'CN=www.example.ac.jp, O=Example University, C=JP';
  const subject = typeof subjectInput === 'string' ? subjectInput : new x509.Name(subjectInput);
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: spec.serialHex ?? '01',
    subject,
    issuer: spec.issuer ? spec.issuer.certificate.subjectName : subject,
    notBefore: spec.notBefore ?? new Date('2025-01-01T00:00:00Z'),
    notAfter: spec.notAfter ?? new Date('2026-01-31T23:59:59Z'),
    publicKey: key.keys.publicKey,
    signingKey: signer.keys.privateKey,
    signingAlgorithm: signer.signingAlgorithm,
    extensions: await buildExtensions(spec, key),
  } as x509.X509CertificateCreateWithKeyParams);
  return { der: new Uint8Array(certificate.rawData), certificate, key };
}

/** A throw-away self-signed CA (cA true, pathLen 0, key usages, SKI). */
export function makeCa(options: { subject?: NameInput; keyKind?: KeyKind; keySlot?: number } = {}): Promise<TestCertificate> {
  return makeCertificate({
    subject: options.subject ?? 'C=JP, O=Throw-away Test CA, CN=Test Issuing CA',
    serialHex: '7e57ca',
    keyKind: options.keyKind ?? 'P-384',
    keySlot: options.keySlot ?? 9,
    isCa: true,
    pathLength: 0,
    realistic: true,
    notBefore: new Date('2020-01-01T00:00:00Z'),
    notAfter: new Date('2040-01-01T00:00:00Z'),
  });
}

/** A leaf certificate like a UPKI server certificate (~1.5 KB for RSA 2048), signed by `issuer`. */
export function makeLeaf(issuer: TestCertificate, spec: CertificateSpec = {}): Promise<TestCertificate> {
  const host = spec.dnsNames?.[0] ?? 'www.example.ac.jp';
  return makeCertificate({
    subject: `CN=${host}, O=Example University, L=Academe, ST=Tokyo, C=JP`,
    dnsNames: [host],
    keyKind: 'RSA-2048',
    isCa: false,
    realistic: true,
    ...spec,
    issuer,
  });
}

/** PEM text of DER bytes (64-character lines, LF), written independently of shared/x509/pem.ts. */
export function toPemText(der: Uint8Array, label = 'CERTIFICATE'): string {
  const body = Buffer.from(der).toString('base64').replace(/.{64}/g, '$&\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}
