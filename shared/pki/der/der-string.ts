import { DER_TAG, type DerElement } from './der-reader';

/**
 * Character-string decoding for DN attribute values and GeneralNames, matching what
 * @peculiar/x509 (through asn1js 3) shows, so that the fast path and the details view agree:
 * - UTF8String: UTF-8; invalid UTF-8 (including encoded surrogates) falls back to Latin-1, a BOM is kept;
 * - PrintableString, TeletexString, IA5String: one character per octet (Latin-1);
 * - BMPString: UTF-16BE code units (X.680 §41.16), so surrogate pairs join into one character;
 * - UniversalString: UTF-32BE, but asn1js keeps only the low 16 bits of each character.
 */

const utf8Decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Latin-1 text of `bytes[start..end)`: each octet is one UTF-16 code unit. */
export function decodeLatin1(bytes: Uint8Array, start: number, end: number): string {
  let text = '';
  // Short runs (names, host names) are quicker to build char by char than through a subarray and apply().
  if (end - start <= 64) {
    for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]!);
    return text;
  }
  for (let i = start; i < end; i += 4096) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + 4096)) as unknown as number[]);
  }
  return text;
}

/** UTF-8 text of `bytes[start..end)`, or Latin-1 when the octets are not valid UTF-8. */
export function decodeUtf8OrLatin1(bytes: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return decodeLatin1(bytes, start, end);
  try {
    return utf8Decoder.decode(bytes.subarray(start, end));
  } catch {
    return decodeLatin1(bytes, start, end);
  }
}

/** Text of a UTF-16BE run; null when the length is odd (asn1js throws there too). */
function decodeBmp(bytes: Uint8Array, start: number, end: number): string | null {
  if ((end - start) % 2 !== 0) return null;
  let text = '';
  for (let i = start; i < end; i += 2) text += String.fromCharCode((bytes[i]! << 8) | bytes[i + 1]!);
  return text;
}

/** Text of a UTF-32BE run the way asn1js reads it (low 16 bits per character); null when not a multiple of 4. */
function decodeUniversal(bytes: Uint8Array, start: number, end: number): string | null {
  if ((end - start) % 4 !== 0) return null;
  let text = '';
  for (let i = start; i < end; i += 4) text += String.fromCharCode((bytes[i + 2]! << 8) | bytes[i + 3]!);
  return text;
}

/**
 * Decodes a DirectoryString / IA5String element (RFC 5280 §4.1.2.4) to text.
 * Returns undefined for a tag that is not one of these string types, null for an invalid length.
 */
export function decodeDirectoryString(bytes: Uint8Array, element: DerElement): string | null | undefined {
  const { contentStart: start, end } = element;
  switch (element.tag) {
    case DER_TAG.utf8String:
      return decodeUtf8OrLatin1(bytes, start, end);
    case DER_TAG.printableString:
    case DER_TAG.teletexString:
    case DER_TAG.ia5String:
      return decodeLatin1(bytes, start, end);
    case DER_TAG.bmpString:
      return decodeBmp(bytes, start, end);
    case DER_TAG.universalString:
      return decodeUniversal(bytes, start, end);
    default:
      return undefined;
  }
}
