import { encodeBase64 } from '../../encoding/base64';

/** PEM text of DER bytes: BEGIN line, base64 in 64-character lines (RFC 7468 §2), END line, final line break. */
export function encodePem(der: Uint8Array, label = 'CERTIFICATE', lineEnding: '\n' | '\r\n' = '\n'): string {
  const base64 = encodeBase64(der);
  const lines: string[] = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < base64.length; i += 64) lines.push(base64.slice(i, i + 64));
  lines.push(`-----END ${label}-----`);
  return lines.join(lineEnding) + lineEnding;
}
