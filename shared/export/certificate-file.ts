import { encodePem } from '../pki/pem/encode-pem';

/** How a certificate file is written: PEM text (.crt) or raw DER (.cer). */
export type CertificateFileFormat = 'pem' | 'der';

/** Line ending of PEM output: LF (default) or CRLF for Windows tools such as Notepad before 2018. */
export type LineEnding = 'lf' | 'crlf';

/** Options of certificateFileBytes. */
export interface CertificateFileOptions {
  readonly format: CertificateFileFormat;
  readonly lineEnding?: LineEnding;
}

/** The file extension (without dot) for a format: "crt" for PEM, "cer" for DER, as Windows associates both with its certificate viewer. */
export function certificateFileExtension(format: CertificateFileFormat): 'crt' | 'cer' {
  return format === 'pem' ? 'crt' : 'cer';
}

/**
 * The bytes of a certificate file: for 'pem', RFC 7468 armour with 64-character base64 lines and a
 * final line break (LF, or CRLF on request), ASCII only; for 'der', the DER bytes themselves (a copy).
 */
export function certificateFileBytes(der: Uint8Array, options: CertificateFileOptions): Uint8Array {
  if (options.format === 'der') return der.slice();
  return new TextEncoder().encode(encodePem(der, 'CERTIFICATE', options.lineEnding === 'crlf' ? '\r\n' : '\n'));
}
