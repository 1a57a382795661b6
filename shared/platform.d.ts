/**
 * The few Web-platform globals that shared/ may use. They exist both in browsers (window and
 * Web Worker) and in Node >= 20, so code that uses only these runs in the renderer, the worker,
 * the CLI and the tests alike. Declared by hand so that tsconfig.shared.json can leave out the DOM
 * and Node libraries: the compiler then rejects `document`, `fs`, `Buffer` or `electron` in shared/.
 */
interface TextDecodeOptions {
  stream?: boolean;
}
interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}
declare class TextDecoder {
  constructor(label?: string, options?: TextDecoderOptions);
  readonly encoding: string;
  readonly fatal: boolean;
  decode(input?: ArrayBufferView | ArrayBuffer, options?: TextDecodeOptions): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
/** An opaque WebCrypto key handle (the part of CryptoKey shared/ relies on). */
interface SharedCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}
/** The members of a JSON Web Key (RFC 7517/7518) that shared/ reads: EC/OKP public coordinates. */
interface SharedJsonWebKey {
  kty?: string;
  crv?: string;
  x?: string;
  y?: string;
}
/** WebCrypto algorithm parameters as plain objects ({ name: 'AES-CBC', iv }, { name: 'PBKDF2', salt, iterations, hash }, …). */
type SharedAlgorithm = string | ({ name: string } & Record<string, unknown>);
interface SharedSubtleCrypto {
  digest(algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  // Used by shared/diagnostics to decrypt encrypted private keys (PBKDF2 + AES-CBC) and to derive
  // EC / Ed25519 public keys from private keys, only in memory.
  importKey(
    format: 'raw' | 'pkcs8' | 'spki',
    keyData: ArrayBufferView | ArrayBuffer,
    algorithm: SharedAlgorithm,
    extractable: boolean,
    keyUsages: string[],
  ): Promise<SharedCryptoKey>;
  exportKey(format: 'jwk', key: SharedCryptoKey): Promise<SharedJsonWebKey>;
  exportKey(format: 'raw' | 'pkcs8' | 'spki', key: SharedCryptoKey): Promise<ArrayBuffer>;
  decrypt(algorithm: SharedAlgorithm, key: SharedCryptoKey, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
  deriveBits(algorithm: SharedAlgorithm, baseKey: SharedCryptoKey, length: number): Promise<ArrayBuffer>;
  // Used by shared/pki/crl to check CRL signatures without building one ASN.1 tree of the whole CRL.
  verify(algorithm: SharedAlgorithm, key: SharedCryptoKey, signature: ArrayBufferView | ArrayBuffer, data: ArrayBufferView | ArrayBuffer): Promise<boolean>;
}
interface SharedCrypto {
  readonly subtle: SharedSubtleCrypto;
  getRandomValues<T extends ArrayBufferView>(array: T): T;
}
declare var crypto: SharedCrypto;
declare function atob(data: string): string;
declare function btoa(data: string): string;
declare function queueMicrotask(callback: () => void): void;
declare function setTimeout(handler: () => void, timeout?: number): unknown;
