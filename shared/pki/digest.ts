import { sha256 } from '@noble/hashes/sha2.js';
import { toHex } from '../encoding/hex';

/**
 * A SHA-256 function returning lower-case hex (64 characters), synchronous or not. The platform
 * provides it: WebCrypto (sha256Hex) in the browser, where it is native; node:crypto in the CLI,
 * where each crypto.subtle.digest call costs ~5× a createHash call (measured on 50,000 certificates).
 */
export type DigestSha256 = (bytes: Uint8Array) => string | Promise<string>;

// The casts below only satisfy the DOM typing of digest() (which refuses views of a SharedArrayBuffer);
// the bytes always come from a file or a decoded cell, never from shared memory.

/** SHA-256 of the bytes as lower-case hex without separators (64 characters), via WebCrypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>)));
}

/** SHA-1 of the bytes as lower-case hex without separators (40 characters), via WebCrypto. */
export async function sha1Hex(bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await crypto.subtle.digest('SHA-1', bytes as Uint8Array<ArrayBuffer>)));
}

/**
 * SHA-256 of the bytes as lower-case hex, synchronously in JavaScript (@noble/hashes): what a list
 * load uses where node:crypto is not at hand. Per certificate it costs less than a WebCrypto call's
 * promise round trip, and the summaries then need no promise at all.
 */
export function sha256HexSync(bytes: Uint8Array): string {
  return toHex(sha256(bytes));
}
