/**
 * A throw-away PKI for the diagnostics tests: roots, intermediates and leaves made with
 * @peculiar/x509 and WebCrypto, private keys exported by node:crypto in every format the key reader
 * must understand, CSRs and CRLs. Nothing here is committed as data; every run makes fresh keys.
 */
import { createPrivateKey, webcrypto } from 'node:crypto';
import { x509 } from '../../../../shared/pki/x509-library';

export type KeyKind = 'rsa2048' | 'rsa1024' | 'ec-p256' | 'ec-p384';

const RSA = (bits: number, hash = 'SHA-256'): RsaHashedKeyGenParams => ({
  name: 'RSASSA-PKCS1-v1_5',
  hash,
  publicExponent: new Uint8Array([1, 0, 1]),
  modulusLength: bits,
});

/** The WebCrypto generation parameters of a key kind (RSA keys carry the hash they sign with). */
export function keyAlgorithm(kind: KeyKind, hash = 'SHA-256'): RsaHashedKeyGenParams | EcKeyGenParams {
  switch (kind) {
    case 'rsa2048':
      return RSA(2048, hash);
    case 'rsa1024':
      return RSA(1024, hash);
    case 'ec-p256':
      return { name: 'ECDSA', namedCurve: 'P-256' };
    case 'ec-p384':
      return { name: 'ECDSA', namedCurve: 'P-384' };
  }
}

/** A fresh extractable key pair of the given kind. */
export async function makeKeys(kind: KeyKind, hash = 'SHA-256'): Promise<CryptoKeyPair> {
  return (await webcrypto.subtle.generateKey(keyAlgorithm(kind, hash), true, ['sign', 'verify'])) as CryptoKeyPair;
}

/** A certificate with its keys, DER, PEM and subject, ready to issue more certificates or to test against. */
export interface Issued {
  readonly cert: x509.X509Certificate;
  readonly keys: CryptoKeyPair;
  readonly kind: KeyKind;
  readonly der: Uint8Array<ArrayBuffer>;
  readonly pem: string;
  readonly subject: string;
}

/** What to put in a certificate; every field has a sensible default. */
export interface IssueOptions {
  readonly subject: string;
  readonly issuer?: Issued;
  readonly kind?: KeyKind;
  readonly keys?: CryptoKeyPair;
  readonly notBefore?: Date;
  readonly notAfter?: Date;
  readonly isCa?: boolean;
  readonly dnsNames?: readonly string[];
  readonly ipAddresses?: readonly string[];
  /** EKU OIDs; omitted → no EKU extension. */
  readonly eku?: readonly string[];
  readonly hash?: 'SHA-1' | 'SHA-256' | 'SHA-384';
  /** Leave out SKI/AKI, so issuers are found by name only. */
  readonly noKeyIds?: boolean;
  readonly serialNumber?: string;
  /** Issuer name to write instead of the issuer's subject (e.g. another spelling of it). */
  readonly issuerName?: string;
  /** keyUsage flags instead of the defaults (CA: keyCertSign | cRLSign; leaf: digitalSignature | keyEncipherment). */
  readonly keyUsage?: number;
  /** Further extensions (e.g. cRLDistributionPoints). */
  readonly extensions?: readonly x509.Extension[];
}

let serialCounter = 0x1000;

/** Issues a certificate (self-signed when no issuer is given). */
export async function issue(options: IssueOptions): Promise<Issued> {
  const kind = options.kind ?? options.issuer?.kind ?? 'rsa2048';
  const hash = options.hash ?? (kind === 'ec-p384' ? 'SHA-384' : 'SHA-256');
  const keys = options.keys ?? (await makeKeys(kind, hash));
  const signer = options.issuer ?? null;
  const signerKind = signer?.kind ?? kind;
  const signingKey = signer ? signer.keys.privateKey : keys.privateKey;
  const signingAlgorithm = signerKind.startsWith('rsa') ? { name: 'RSASSA-PKCS1-v1_5', hash } : { name: 'ECDSA', hash };
  const extensions: x509.Extension[] = [new x509.BasicConstraintsExtension(options.isCa ?? false, undefined, true)];
  if (options.keyUsage !== undefined) extensions.push(new x509.KeyUsagesExtension(options.keyUsage, true));
  else if (options.isCa) extensions.push(new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true));
  else extensions.push(new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment, true));
  if (!options.noKeyIds) {
    extensions.push(await x509.SubjectKeyIdentifierExtension.create(keys.publicKey));
    extensions.push(await x509.AuthorityKeyIdentifierExtension.create(signer ? signer.keys.publicKey : keys.publicKey));
  }
  const names = [
    ...(options.dnsNames ?? []).map((value) => ({ type: 'dns' as const, value })),
    ...(options.ipAddresses ?? []).map((value) => ({ type: 'ip' as const, value })),
  ];
  if (names.length > 0) extensions.push(new x509.SubjectAlternativeNameExtension(names));
  if (options.eku) extensions.push(new x509.ExtendedKeyUsageExtension([...options.eku]));
  extensions.push(...(options.extensions ?? []));
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: options.serialNumber ?? (serialCounter++).toString(16).padStart(4, '0'),
    subject: options.subject,
    issuer: options.issuerName ?? signer?.subject ?? options.subject,
    notBefore: options.notBefore ?? new Date(Date.UTC(2025, 0, 1)),
    notAfter: options.notAfter ?? new Date(Date.UTC(2027, 0, 1)),
    publicKey: keys.publicKey,
    signingKey,
    signingAlgorithm,
    extensions,
  });
  return { cert, keys, kind, der: new Uint8Array(cert.rawData), pem: cert.toString('pem'), subject: options.subject };
}

export const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';
export const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';

/** A root → intermediate → leaf chain of one key kind. */
export async function makeChain(
  kind: KeyKind = 'rsa2048',
  leaf: Partial<IssueOptions> = {},
  prefix = 'Test',
): Promise<{ root: Issued; intermediate: Issued; leaf: Issued }> {
  const root = await issue({ subject: `CN=${prefix} Root CA, O=Throwaway PKI, C=JP`, kind, isCa: true, notAfter: new Date(Date.UTC(2035, 0, 1)) });
  const intermediate = await issue({ subject: `CN=${prefix} Intermediate CA, O=Throwaway PKI, C=JP`, issuer: root, isCa: true, notAfter: new Date(Date.UTC(2030, 0, 1)) });
  const issued = await issue({ subject: 'CN=www.example.ac.jp, O=Example University, C=JP', issuer: intermediate, dnsNames: ['www.example.ac.jp'], ...leaf });
  return { root, intermediate, leaf: issued };
}

/** The private key in PEM or DER form as node:crypto (= OpenSSL) writes it. */
export type KeyExport =
  | 'pkcs8-pem'
  | 'pkcs8-der'
  | 'pkcs1-pem'
  | 'sec1-pem'
  | 'encrypted-pkcs8-aes256'
  | 'encrypted-pkcs8-aes128'
  | 'legacy-aes256'
  | 'legacy-aes128'
  | 'legacy-des3';

/** Exports a private key; encrypted forms use `passphrase`. */
export async function exportKey(keys: CryptoKeyPair, form: KeyExport, passphrase = 'correct horse'): Promise<Uint8Array> {
  const pkcs8 = new Uint8Array(await webcrypto.subtle.exportKey('pkcs8', keys.privateKey));
  const key = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' });
  const isRsa = key.asymmetricKeyType === 'rsa';
  const text = (value: string | Buffer): Uint8Array => new Uint8Array(typeof value === 'string' ? Buffer.from(value, 'utf8') : value);
  switch (form) {
    case 'pkcs8-pem':
      return text(key.export({ type: 'pkcs8', format: 'pem' }));
    case 'pkcs8-der':
      return text(key.export({ type: 'pkcs8', format: 'der' }));
    case 'pkcs1-pem':
      return text(key.export({ type: 'pkcs1', format: 'pem' }));
    case 'sec1-pem':
      return text(key.export({ type: 'sec1', format: 'pem' }));
    case 'encrypted-pkcs8-aes256':
      return text(key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase }));
    case 'encrypted-pkcs8-aes128':
      return text(key.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase }));
    case 'legacy-aes256':
      return text(key.export({ type: isRsa ? 'pkcs1' : 'sec1', format: 'pem', cipher: 'aes-256-cbc', passphrase }));
    case 'legacy-aes128':
      return text(key.export({ type: isRsa ? 'pkcs1' : 'sec1', format: 'pem', cipher: 'aes-128-cbc', passphrase }));
    case 'legacy-des3':
      return text(key.export({ type: isRsa ? 'pkcs1' : 'sec1', format: 'pem', cipher: 'des-ede3-cbc', passphrase }));
  }
}

/** A CSR for the key pair, in PEM. */
export async function makeCsr(keys: CryptoKeyPair, kind: KeyKind, name = 'CN=www.example.ac.jp, O=Example University, C=JP'): Promise<string> {
  const csr = await x509.Pkcs10CertificateRequestGenerator.create({
    name,
    keys,
    signingAlgorithm: kind.startsWith('rsa') ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : ({ name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams),
  });
  return csr.toString('pem');
}

/** A CRL signed by `issuer` (or, with `signer`, by another key while still naming `issuer`). */
export async function makeCrl(
  issuer: Issued,
  entries: { serialHex: string; revokedAt: Date; reason?: x509.X509CrlReason }[],
  options: { thisUpdate?: Date; signer?: Issued } = {},
): Promise<x509.X509Crl> {
  const signer = options.signer ?? issuer;
  return x509.X509CrlGenerator.create({
    issuer: issuer.subject,
    thisUpdate: options.thisUpdate ?? new Date(Date.UTC(2025, 5, 1)),
    nextUpdate: new Date(Date.UTC(2025, 5, 8)),
    signingKey: signer.keys.privateKey,
    signingAlgorithm: signer.kind.startsWith('rsa') ? { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } : ({ name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams),
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(issuer.keys.publicKey)],
    entries: entries.map((entry) => ({ serialNumber: entry.serialHex, revocationDate: entry.revokedAt, ...(entry.reason !== undefined ? { reason: entry.reason } : {}) })),
  });
}

/** PEM text of DER bytes with a label, wrapped at 64 (what OpenSSL writes). */
export function pemOf(der: Uint8Array, label = 'CERTIFICATE'): string {
  const body = Buffer.from(der).toString('base64').replace(/(.{64})/g, '$1\n').replace(/\n$/, '');
  return `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
}

/** UTF-8 bytes of a text. */
export const bytesOf = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, 'utf8'));
