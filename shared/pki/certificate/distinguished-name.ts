import { toHex } from '../../encoding/hex';
import { decodeOid } from '../der/der-oid';
import { DER_TAG, readElement, type DerElement } from '../der/der-reader';
import { decodeDirectoryString } from '../der/der-string';

/**
 * Distinguished names in exactly the text form @peculiar/x509 2.x gives for `cert.subject` and
 * `cert.issuer` (its `Name.toString`): RDNs in certificate order (not reversed as in RFC 4514 §2.1),
 * joined by ", "; the attributes of a multi-valued RDN in encoding order joined by "+"; known
 * types by short name, others as dotted OIDs; values of a non-string type as "#" + lower-case hex
 * of the whole DER element (RFC 4514 §2.4).
 */

/** The attribute type names @peculiar/x509 knows, by OID; every other type is shown as its OID. */
export const ATTRIBUTE_SHORT_NAMES: Readonly<Record<string, string>> = {
  '2.5.4.3': 'CN',
  '2.5.4.7': 'L',
  '2.5.4.8': 'ST',
  '2.5.4.10': 'O',
  '2.5.4.11': 'OU',
  '2.5.4.6': 'C',
  '0.9.2342.19200300.100.1.25': 'DC',
  '1.2.840.113549.1.9.1': 'E',
  '2.5.4.42': 'G',
  '2.5.4.43': 'I',
  '2.5.4.4': 'SN',
  '2.5.4.12': 'T',
};

const COMMON_NAME_OID = '2.5.4.3';
const NEEDS_ESCAPE = /[,+"\\<>;\r\n\t]|^[ #]| $/;

/**
 * Escapes one attribute value the way @peculiar/x509 does (RFC 4514 §2.4 special characters,
 * a leading space or "#", a trailing space). Like the library, only the first CR, LF or TAB is
 * written as "\" + hex; later ones stay as they are.
 */
export function escapeDnValue(value: string): string {
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value
    .replace(/([,+"\\<>;])/g, '\\$1')
    .replace(/^([ #])/, '\\$1')
    .replace(/([ ]$)/, '\\$1')
    .replace(/([\r\n\t])/, (c) => `\\0${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A Name read from DER: its text and its last CN value (RFC 6125 §6.4.4 uses the most specific CN). */
export interface DistinguishedNameText {
  readonly text: string;
  readonly commonName: string | null;
}

/** One attribute read: its type OID, its value text, and whether the value is a string (else "#hex"). */
interface AttributeText {
  readonly type: string;
  readonly value: string;
  readonly isString: boolean;
}

/** Formats one AttributeTypeAndValue; null when it is not well formed. */
function formatAttribute(bytes: Uint8Array, attribute: DerElement): AttributeText | null {
  const typeElement = readElement(bytes, attribute.contentStart, attribute.end);
  if (typeof typeElement === 'string' || typeElement.tag !== DER_TAG.objectIdentifier) return null;
  const type = decodeOid(bytes, typeElement.contentStart, typeElement.end);
  const valueElement = readElement(bytes, typeElement.end, attribute.end);
  if (type === null || typeof valueElement === 'string' || valueElement.end !== attribute.end) return null;
  const decoded = decodeDirectoryString(bytes, valueElement);
  if (decoded === null) return null;
  if (decoded === undefined) {
    return { type, value: `#${toHex(bytes.subarray(valueElement.start, valueElement.end))}`, isString: false };
  }
  return { type, value: decoded, isString: true };
}

/** Walks a Name (RFC 5280 §4.1.2.4: SEQUENCE OF SET OF AttributeTypeAndValue) attribute by attribute; false when malformed. */
function walkName(bytes: Uint8Array, name: DerElement, visit: (attribute: AttributeText, rdnIndex: number, firstInRdn: boolean) => void): boolean {
  if (name.tag !== DER_TAG.sequence) return false;
  let rdnIndex = 0;
  for (let pos = name.contentStart; pos < name.end; rdnIndex++) {
    const rdn = readElement(bytes, pos, name.end);
    if (typeof rdn === 'string' || rdn.tag !== DER_TAG.set) return false;
    pos = rdn.end;
    let firstInRdn = true;
    for (let inner = rdn.contentStart; inner < rdn.end; ) {
      const attribute = readElement(bytes, inner, rdn.end);
      if (typeof attribute === 'string' || attribute.tag !== DER_TAG.sequence) return false;
      inner = attribute.end;
      const formatted = formatAttribute(bytes, attribute);
      if (formatted === null) return false;
      visit(formatted, rdnIndex, firstInRdn);
      firstInRdn = false;
    }
  }
  return true;
}

/** Reads a Name into its text; null when malformed. */
export function readDistinguishedName(bytes: Uint8Array, name: DerElement): DistinguishedNameText | null {
  let text = '';
  let commonName: string | null = null;
  const wellFormed = walkName(bytes, name, (attribute, rdnIndex, firstInRdn) => {
    // A CN that is not a string type (never seen in practice) is not a usable name.
    if (attribute.type === COMMON_NAME_OID && attribute.isString) commonName = attribute.value;
    const shown = attribute.isString ? escapeDnValue(attribute.value) : attribute.value;
    const separator = firstInRdn ? (rdnIndex === 0 ? '' : ', ') : '+';
    text += `${separator}${ATTRIBUTE_SHORT_NAMES[attribute.type] ?? attribute.type}=${shown}`;
  });
  return wellFormed ? { text, commonName } : null;
}

/** One attribute of a Name: its short name (CN, O…; a dotted OID when unknown), its value, and its RDN's position. */
export interface DnAttribute {
  readonly type: string;
  readonly value: string;
  readonly rdnIndex: number;
}

/** The attributes of a Name in encoding order (a multi-valued RDN gives several with one rdnIndex); null when malformed. */
export function readDnAttributes(bytes: Uint8Array, name: DerElement): DnAttribute[] | null {
  const attributes: DnAttribute[] = [];
  const wellFormed = walkName(bytes, name, (attribute, rdnIndex) => {
    attributes.push({ type: ATTRIBUTE_SHORT_NAMES[attribute.type] ?? attribute.type, value: attribute.value, rdnIndex });
  });
  return wellFormed ? attributes : null;
}
