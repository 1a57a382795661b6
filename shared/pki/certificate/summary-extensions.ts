import { countOperation } from '../../model/operation-count';
import { limitExceeded, PARSER_LIMITS, type LimitExceeded } from '../../model/parser-limits';
import { DER_TAG, readElement, type DerElement } from '../der/der-reader';
import { decodeLatin1 } from '../der/der-string';
import { formatIpAddress } from '../ip-address';

/** The extension facts the list shows (filled in while reading, hence mutable). */
export interface SummaryExtensions {
  dnsNames: string[];
  ipAddresses: string[];
  emailAddresses: string[];
  isCa: boolean;
}

// Last octet of the id-ce arcs 2.5.29.x (encoded 55 1D x) for the two extensions read here.
const ID_CE_SUBJECT_ALT_NAME = 17; // RFC 5280 §4.2.1.6
const ID_CE_BASIC_CONSTRAINTS = 19; // RFC 5280 §4.2.1.9
// GeneralName CHOICE tags, IMPLICIT primitive (RFC 5280 §4.2.1.6).
const GENERAL_NAME_DNS = 0x82;
const GENERAL_NAME_IP = 0x87;
const GENERAL_NAME_RFC822 = 0x81;

/** The x in an OID element holding 2.5.29.x, or -1. */
function idCeArc(bytes: Uint8Array, oid: DerElement): number {
  if (oid.tag !== DER_TAG.objectIdentifier || oid.end - oid.contentStart !== 3) return -1;
  const at = oid.contentStart;
  return bytes[at] === 0x55 && bytes[at + 1] === 0x1d ? bytes[at + 2]! : -1;
}

/**
 * Adds the dNSName, rfc822Name and iPAddress entries of a GeneralNames value; false when it is malformed, the
 * limit when it holds more than PARSER_LIMITS.subjectAltNames names (counted before any is kept).
 */
function readSubjectAltNames(bytes: Uint8Array, value: DerElement, into: SummaryExtensions): boolean | LimitExceeded {
  const names = readElement(bytes, value.contentStart, value.end);
  if (typeof names === 'string' || names.tag !== DER_TAG.sequence || names.end !== value.end) return false;
  let count = 0;
  for (let pos = names.contentStart; pos < names.end; count++) {
    const name = readElement(bytes, pos, names.end);
    if (typeof name === 'string') return false;
    pos = name.end;
  }
  if (count > PARSER_LIMITS.subjectAltNames) return limitExceeded('subjectAltNames', count);
  countOperation('subject-alt-names', count);
  for (let pos = names.contentStart; pos < names.end; ) {
    const name = readElement(bytes, pos, names.end);
    if (typeof name === 'string') return false;
    pos = name.end;
    if (name.tag === GENERAL_NAME_DNS) {
      into.dnsNames.push(decodeLatin1(bytes, name.contentStart, name.end));
    } else if (name.tag === GENERAL_NAME_RFC822) {
      // S/MIME and client certificates name their holder's mail here (searched by the list).
      into.emailAddresses.push(decodeLatin1(bytes, name.contentStart, name.end));
    } else if (name.tag === GENERAL_NAME_IP) {
      // Any other length is a name constraint range, not an address; it is not listed.
      const text = formatIpAddress(bytes, name.contentStart, name.end);
      if (text !== null) into.ipAddresses.push(text);
    }
  }
  return true;
}

/** cA from a BasicConstraints value (SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLen INTEGER OPTIONAL }), or null when malformed. */
function readIsCa(bytes: Uint8Array, value: DerElement): boolean | null {
  const constraints = readElement(bytes, value.contentStart, value.end);
  if (typeof constraints === 'string' || constraints.tag !== DER_TAG.sequence) return null;
  if (constraints.contentStart === constraints.end) return false;
  const first = readElement(bytes, constraints.contentStart, constraints.end);
  if (typeof first === 'string') return null;
  return first.tag === DER_TAG.boolean && first.end > first.contentStart && bytes[first.contentStart] !== 0;
}

/**
 * Reads SAN dNSNames / iPAddresses and basicConstraints cA from the `[3] EXPLICIT Extensions`
 * element of a TBSCertificate (RFC 5280 §4.1.2.9). Like @peculiar/x509's `getExtension`, only
 * the first occurrence of each extension counts. Returns null when the extensions are malformed, the
 * limit exceeded when the SAN holds too many names.
 */
export function readSummaryExtensions(bytes: Uint8Array, container: DerElement | null): SummaryExtensions | LimitExceeded | null {
  const facts: SummaryExtensions = { dnsNames: [], ipAddresses: [], emailAddresses: [], isCa: false };
  if (container === null) return facts;
  const list = readElement(bytes, container.contentStart, container.end);
  if (typeof list === 'string' || list.tag !== DER_TAG.sequence || list.end !== container.end) return null;
  let seenSan = false;
  let seenBasicConstraints = false;
  for (let pos = list.contentStart; pos < list.end; ) {
    const extension = readElement(bytes, pos, list.end);
    if (typeof extension === 'string' || extension.tag !== DER_TAG.sequence) return null;
    pos = extension.end;
    const oid = readElement(bytes, extension.contentStart, extension.end);
    if (typeof oid === 'string') return null;
    let value = readElement(bytes, oid.end, extension.end);
    if (typeof value === 'string') return null;
    if (value.tag === DER_TAG.boolean) value = readElement(bytes, value.end, extension.end);
    if (typeof value === 'string' || value.tag !== DER_TAG.octetString) return null;
    const arc = idCeArc(bytes, oid);
    if (arc === ID_CE_SUBJECT_ALT_NAME && !seenSan) {
      seenSan = true;
      const read = readSubjectAltNames(bytes, value, facts);
      if (read === false) return null;
      if (read !== true) return read;
    } else if (arc === ID_CE_BASIC_CONSTRAINTS && !seenBasicConstraints) {
      seenBasicConstraints = true;
      const isCa = readIsCa(bytes, value);
      if (isCa === null) return null;
      facts.isCa = isCa;
    }
  }
  return facts;
}
