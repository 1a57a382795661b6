import { createHash } from 'node:crypto';

/**
 * SHA-256 of the bytes as lower-case hex (64 characters), synchronously through node:crypto: the
 * digest the CLI and the benchmark hand to readCertificateList, since in Node each WebCrypto call
 * carries far more overhead than the hash itself (50,000 certificates: ~2.4 s vs ~0.1 s).
 */
export function nodeSha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
