/**
 * The independent answers the fast path is checked against: @peculiar/x509 for names, SANs,
 * serial, dates and basicConstraints; node:crypto for the key and the SHA-256; OpenSSL's CLI for a few.
 */
import { x509 } from '../../../../../shared/pki/x509-library';
import { execFileSync } from 'node:child_process';
import { createHash, createPublicKey } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CertificateSummary } from '../../../../../shared/model/certificate-summary';
import { tempFolder } from '../../../../support/temp-folder';

const CURVES: Record<string, { name: string; bits: number }> = {
  prime256v1: { name: 'P-256', bits: 256 },
  secp384r1: { name: 'P-384', bits: 384 },
  secp521r1: { name: 'P-521', bits: 521 },
};

/** The key fields as node:crypto sees the SPKI. */
function keyFromNode(spki: ArrayBuffer): Pick<CertificateSummary, 'keyAlgorithm' | 'keySize' | 'curve'> {
  const key = createPublicKey({ key: Buffer.from(spki), format: 'der', type: 'spki' });
  const details = key.asymmetricKeyDetails ?? {};
  switch (key.asymmetricKeyType) {
    case 'rsa':
    case 'rsa-pss':
      return { keyAlgorithm: 'RSA', keySize: details.modulusLength ?? null, curve: null };
    case 'ec': {
      const curve = CURVES[details.namedCurve ?? ''];
      return { keyAlgorithm: 'EC', keySize: curve?.bits ?? null, curve: curve?.name ?? null };
    }
    case 'ed25519':
      return { keyAlgorithm: 'Ed25519', keySize: 256, curve: null };
    case 'ed448':
      return { keyAlgorithm: 'Ed448', keySize: 456, curve: null };
    default:
      return { keyAlgorithm: 'unknown', keySize: null, curve: null };
  }
}

/** The whole CertificateSummary as @peculiar/x509 and node:crypto report it. */
export function summaryFromPeculiar(der: Uint8Array): CertificateSummary {
  const certificate = new x509.X509Certificate(der.slice());
  const san = certificate.getExtension(x509.SubjectAlternativeNameExtension);
  const names = san ? Array.from(san.names.items) : [];
  const serial = certificate.serialNumber;
  return {
    subjectDn: certificate.subject,
    issuerDn: certificate.issuer,
    commonName: certificate.subjectName.getField('CN').at(-1) ?? null,
    dnsNames: names.filter((n) => n.type === 'dns').map((n) => n.value),
    ipAddresses: names.filter((n) => n.type === 'ip').map((n) => n.value),
    emailAddresses: names.filter((n) => n.type === 'email').map((n) => n.value),
    serialNumber: BigInt(`0x${serial || '0'}`).toString(10),
    serialHex: serial.toUpperCase().replace(/(..)(?!$)/g, '$1:'),
    notBefore: certificate.notBefore.getTime(),
    notAfter: certificate.notAfter.getTime(),
    ...keyFromNode(certificate.publicKey.rawData),
    sha256: createHash('sha256').update(der).digest('hex'),
    isCa: certificate.getExtension(x509.BasicConstraintsExtension)?.ca ?? false,
  };
}

/** What `openssl x509 -serial -subject -dates -fingerprint -sha256` prints, parsed. */
export interface OpensslFacts {
  readonly serial: string;
  readonly subject: string;
  readonly notBefore: number;
  readonly notAfter: number;
  readonly sha256: string;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Epoch ms of OpenSSL's "Dec 15 08:46:22 2020 GMT". */
function parseOpensslDate(text: string): number {
  const m = /^(\w{3}) +(\d+) (\d\d):(\d\d):(\d\d) (\d+) GMT$/.exec(text.trim());
  if (!m) throw new Error(`unexpected openssl date ${text}`);
  return Date.UTC(Number(m[6]), MONTHS.indexOf(m[1]!), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** Runs the Debian openssl CLI on a DER certificate. The name options print DNs in @peculiar/x509's form for plain names. */
export function opensslFacts(der: Uint8Array): OpensslFacts {
  const dir = tempFolder('x509-openssl');
  try {
    const file = join(dir, 'cert.der');
    writeFileSync(file, der);
    const out = execFileSync(
      'openssl',
      ['x509', '-inform', 'DER', '-in', file, '-noout', '-serial', '-subject', '-dates', '-fingerprint', '-sha256', '-nameopt', 'utf8,sep_comma_plus_space,esc_2253,sname'],
      { encoding: 'utf8' },
    );
    const field = (name: string): string => {
      const line = out.split('\n').find((l) => l.startsWith(`${name}=`));
      if (line === undefined) throw new Error(`openssl printed no ${name}`);
      return line.slice(name.length + 1);
    };
    return {
      serial: field('serial'),
      subject: field('subject'),
      notBefore: parseOpensslDate(field('notBefore')),
      notAfter: parseOpensslDate(field('notAfter')),
      sha256: field('sha256 Fingerprint'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
