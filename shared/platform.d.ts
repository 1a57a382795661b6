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
interface SharedSubtleCrypto {
  digest(algorithm: 'SHA-1' | 'SHA-256' | 'SHA-384' | 'SHA-512', data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer>;
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
