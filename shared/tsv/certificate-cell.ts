import { decodeBase64 } from '../encoding/base64';
import { err, ok, type Result } from '../model/result';

/** Why a certificate cell gave no DER: nothing in it, not base64, or a PEM/DER cut short. */
export type CertificateCellError = 'invalid-base64' | 'truncated' | 'empty';

// The certificate cell's form is not documented (docs/list-format.md, "Certificate and CSR cells", L),
// so every plausible one is accepted: bare base64 DER (one line or wrapped at 64/76), armoured PEM on one
// line or across quoted lines, and PEM whose line breaks were written as the two characters `\n` or `\r\n`.
const ESCAPED_BREAK = /\\r\\n|\\n|\\r/g;
const BEGIN = '-----BEGIN';
const END = '-----END';
const DASHES = '-----';

/**
 * The DER bytes in a certificate (or CSR) cell, in any of the forms above; the first certificate when the
 * cell holds several. A DER whose own length header says it is longer than the bytes is 'truncated'.
 */
export function certificateCellToDer(cell: string): Result<Uint8Array, CertificateCellError> {
  // Fast path for the common bare base64 DER: a DER SEQUENCE (0x30) always encodes to a leading "M".
  // Anything else in the cell (escapes, armour, quotes) makes decodeBase64 fail and takes the full path.
  if (cell.charCodeAt(0) === 0x4d /* M */) {
    const decoded = decodeBase64(cell);
    if (decoded.ok) return checkDerLength(decoded.value);
  }
  let text = cell.indexOf('\\') === -1 ? cell : cell.replace(ESCAPED_BREAK, '\n');
  text = text.trim();
  // A quote left around the cell by an editor is not part of the PEM.
  if (text.startsWith('"') || text.endsWith('"')) text = text.replace(/^"+|"+$/g, '').trim();
  if (text === '') return err('empty');
  const body = armouredBody(text);
  if (body === null) return err('truncated');
  const decoded = decodeBase64(body);
  if (!decoded.ok) return err('invalid-base64');
  if (decoded.value.length === 0) return err(body === text ? 'invalid-base64' : 'truncated');
  return checkDerLength(decoded.value);
}

/** The base64 between the first BEGIN and its END line; the whole text when it has no armour; null when END is missing. */
function armouredBody(text: string): string | null {
  const begin = text.indexOf(BEGIN);
  if (begin === -1) return text;
  const labelEnd = text.indexOf(DASHES, begin + BEGIN.length);
  if (labelEnd === -1) return null;
  const bodyStart = labelEnd + DASHES.length;
  const end = text.indexOf(END, bodyStart);
  if (end === -1) return null;
  return text.slice(bodyStart, end);
}

/**
 * Checks the outer DER SEQUENCE header (X.690 §8.1.3): cut short → 'truncated'. Anything else passes
 * through unchanged (also trailing bytes, which would change the fingerprint) for the decoder to judge.
 */
function checkDerLength(bytes: Uint8Array): Result<Uint8Array, CertificateCellError> {
  if (bytes[0] !== 0x30) return ok(bytes);
  if (bytes.length < 2) return err('truncated');
  const first = bytes[1]!;
  let length = first;
  let header = 2;
  if (first === 0x80) return ok(bytes); // indefinite length is BER, not DER: let the decoder reject it
  if (first > 0x80) {
    const count = first & 0x7f;
    if (count > 4) return ok(bytes);
    header = 2 + count;
    if (bytes.length < header) return err('truncated');
    length = 0;
    for (let i = 2; i < header; i++) length = length * 256 + bytes[i]!;
  }
  return header + length > bytes.length ? err('truncated') : ok(bytes);
}
