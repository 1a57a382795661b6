import { chainFileCertificates, type ChainFileKind } from '../pki/chain/chain-file-certificates';
import type { ChainLink, ChainPath } from '../pki/chain/build-chain-path';
import { encodePem } from '../pki/pem/encode-pem';
import { encodePkcs7 } from '../pki/pkcs7';

export type { ChainFileKind } from '../pki/chain/chain-file-certificates';

/** The suggested file name for a chain file of a host: `<fqdn>.chain.crt`, `<fqdn>.fullchain.crt`, `<fqdn>.p7b`. */
export function chainFileName(fqdn: string, kind: ChainFileKind): string {
  return kind === 'p7b' ? `${fqdn}.p7b` : `${fqdn}.${kind}.crt`;
}

/**
 * The bytes of a chain file: PEM blocks (LF or CRLF line endings) for `chain` and `fullchain`, a
 * certs-only PKCS#7 SignedData in DER for `p7b` (what IIS and the Windows certificate import take).
 */
export function chainFileBytes(chain: ChainPath | readonly ChainLink[], kind: ChainFileKind, lineEnding: '\n' | '\r\n' = '\n'): Uint8Array {
  const certificates = chainFileCertificates(chain, kind);
  if (kind === 'p7b') return encodePkcs7(certificates);
  return new TextEncoder().encode(certificates.map((der) => encodePem(der, 'CERTIFICATE', lineEnding)).join(''));
}
