import { DER_TAG, readChildren, readElement, type DerElement } from '../der/der-reader';
import { readOid } from '../der/der-oid';
import { concatBytes } from '../../encoding/bytes';
import { toHex } from '../../encoding/hex';
import { encodeDer } from '../der/der-writer';
import { readDistinguishedName } from '../certificate/distinguished-name';
import { normaliseDn } from '../chain/chain-names';

/** One extension as written (RFC 5280 §4.1): its OID, criticality and the DER inside the OCTET STRING. */
export interface RawExtension {
  readonly oid: string;
  readonly critical: boolean;
  readonly value: Uint8Array;
}

/** Extension OIDs the revocation checks read (RFC 5280 §5.2, §5.3, §4.2.1.13). */
export const CRL_OID = {
  authorityKeyIdentifier: '2.5.29.35',
  issuerAltName: '2.5.29.18',
  crlNumber: '2.5.29.20',
  deltaCrlIndicator: '2.5.29.27',
  issuingDistributionPoint: '2.5.29.28',
  freshestCrl: '2.5.29.46',
  authorityInfoAccess: '1.3.6.1.5.5.7.1.1',
  reasonCode: '2.5.29.21',
  holdInstructionCode: '2.5.29.23',
  invalidityDate: '2.5.29.24',
  certificateIssuer: '2.5.29.29',
  crlDistributionPoints: '2.5.29.31',
} as const;

/** CRL extensions this reader understands; any other one marked critical makes the CRL unusable (RFC 5280 §5.2). */
export const KNOWN_CRL_EXTENSIONS: ReadonlySet<string> = new Set([
  CRL_OID.authorityKeyIdentifier,
  CRL_OID.issuerAltName,
  CRL_OID.crlNumber,
  CRL_OID.deltaCrlIndicator,
  CRL_OID.issuingDistributionPoint,
  CRL_OID.freshestCrl,
  CRL_OID.authorityInfoAccess,
]);

/** CRL entry extensions this reader understands (RFC 5280 §5.3). */
export const KNOWN_ENTRY_EXTENSIONS: ReadonlySet<string> = new Set([CRL_OID.reasonCode, CRL_OID.holdInstructionCode, CRL_OID.invalidityDate, CRL_OID.certificateIssuer]);

/**
 * Reads an Extensions SEQUENCE into raw extensions, or null when one is malformed. `count` is told
 * how many DER elements were read (the CRL reader's work counter).
 */
export function readExtensions(bytes: Uint8Array, sequence: DerElement, count: (elements: number) => void): RawExtension[] | null {
  const items = readChildren(bytes, sequence);
  if (typeof items === 'string') return null;
  count(items.length);
  const out: RawExtension[] = [];
  for (const item of items) {
    if (item.tag !== DER_TAG.sequence) return null;
    const parts = readChildren(bytes, item);
    if (typeof parts === 'string' || parts.length < 2 || parts.length > 3) return null;
    count(parts.length);
    const oid = readOid(bytes, parts[0]!);
    const hasCritical = parts.length === 3;
    if (hasCritical && (parts[1]!.tag !== DER_TAG.boolean || parts[1]!.end - parts[1]!.contentStart !== 1)) return null;
    const valueElement = parts[parts.length - 1]!;
    if (oid === null || valueElement.tag !== DER_TAG.octetString) return null;
    out.push({ oid, critical: hasCritical && bytes[parts[1]!.contentStart] !== 0, value: bytes.subarray(valueElement.contentStart, valueElement.end) });
  }
  return out;
}

/** The one element filling `bytes` exactly, or null. */
export function readWhole(bytes: Uint8Array): DerElement | null {
  const element = readElement(bytes, 0);
  return typeof element === 'string' || element.end !== bytes.length ? null : element;
}

/** A non-negative INTEGER's value (CRLNumber, BaseCRLNumber: RFC 5280 §5.2.3), or null. */
export function readCrlNumber(value: Uint8Array): bigint | null {
  const element = readWhole(value);
  if (!element || element.tag !== DER_TAG.integer || element.end === element.contentStart) return null;
  const content = value.subarray(element.contentStart, element.end);
  if ((content[0]! & 0x80) !== 0) return null;
  return BigInt(`0x${toHex(content)}`);
}

/**
 * ReasonFlags (RFC 5280 §4.2.1.13) as a bit mask over bit positions 1–8 (keyCompromise … aACompromise);
 * bit 0 (unused) is ignored.
 */
export type ReasonMask = number;

/** Every reason a CRL may cover: bits 1–8 of ReasonFlags. */
export const ALL_REASONS: ReasonMask = 0b1_1111_1110;

/** The ReasonFlags bit of a CRLReason code (RFC 5280 §5.3.1), or null for unspecified (0) and removeFromCRL (8). */
export function reasonFlagOf(code: number): number | null {
  if (code >= 1 && code <= 6) return 1 << code;
  if (code === 9) return 1 << 7;
  if (code === 10) return 1 << 8;
  return null;
}

/** Reads ReasonFlags content (a BIT STRING's content octets: unused-bit count, then the bits). */
function readReasonFlags(bytes: Uint8Array, element: DerElement): ReasonMask | null {
  if (element.end - element.contentStart < 1) return null;
  let mask = 0;
  for (let bit = 0; bit < 9; bit++) {
    const octet = bytes[element.contentStart + 1 + (bit >> 3)];
    if (octet !== undefined && element.contentStart + 1 + (bit >> 3) < element.end && (octet & (0x80 >> (bit & 7))) !== 0) mask |= 1 << bit;
  }
  return mask & ALL_REASONS;
}

/**
 * A GeneralName in a comparable form: a directoryName as "dn:" + its normalised DN, any other
 * name as "gn:" + the hex of its DER (RFC 5280 §6.3.3 (b) compares names for equality).
 */
function generalNameKey(bytes: Uint8Array, element: DerElement): string | null {
  if (element.tag === 0xa4) {
    const inner = readElement(bytes, element.contentStart, element.end);
    if (typeof inner === 'string' || inner.tag !== DER_TAG.sequence) return null;
    const dn = readDistinguishedName(bytes, inner);
    return dn === null ? null : `dn:${normaliseDn(dn.text)}`;
  }
  return `gn:${toHex(bytes.subarray(element.start, element.end))}`;
}

/** GeneralNames (the children of `element`) as comparable keys, or null when malformed. */
export function readGeneralNames(bytes: Uint8Array, element: DerElement): string[] | null {
  const names = readChildren(bytes, element);
  if (typeof names === 'string') return null;
  const keys: string[] = [];
  for (const name of names) {
    const key = generalNameKey(bytes, name);
    if (key === null) return null;
    keys.push(key);
  }
  return keys;
}

/**
 * A DistributionPointName (RFC 5280 §4.2.1.13): fullName as name keys; nameRelativeToCRLIssuer as the
 * "dn:" key of the CRL issuer's name (`relativeTo`, DER) with that RDN appended, or, when the issuer's
 * name is not known here, an "rdn:" key that matches only the same RDN.
 */
function readDistributionPointName(bytes: Uint8Array, element: DerElement, relativeTo: Uint8Array | null): string[] | null {
  const choice = readElement(bytes, element.contentStart, element.end);
  if (typeof choice === 'string') return null;
  if (choice.tag === 0xa0) return readGeneralNames(bytes, choice);
  if (choice.tag !== 0xa1) return null;
  const rdn = bytes.subarray(choice.contentStart, choice.end);
  const base = relativeTo ? readWhole(relativeTo) : null;
  if (!base || !relativeTo) return [`rdn:${toHex(rdn)}`];
  const full = encodeDer(DER_TAG.sequence, concatBytes([relativeTo.subarray(base.contentStart, base.end), encodeDer(DER_TAG.set, rdn)]));
  const fullElement = readWhole(full);
  const dn = fullElement ? readDistinguishedName(full, fullElement) : null;
  return dn === null ? null : [`dn:${normaliseDn(dn.text)}`];
}

const readBoolean = (bytes: Uint8Array, element: DerElement): boolean | null => (element.end - element.contentStart === 1 ? bytes[element.contentStart] !== 0 : null);

/** IssuingDistributionPoint (RFC 5280 §5.2.5): which certificates and reasons a CRL covers. */
export interface IssuingDistributionPoint {
  /** The distribution point's names (see readDistributionPointName), or null when absent. */
  readonly names: readonly string[] | null;
  readonly onlyUserCerts: boolean;
  readonly onlyCaCerts: boolean;
  /** The reasons covered, or null for all of them. */
  readonly onlySomeReasons: ReasonMask | null;
  readonly indirect: boolean;
  readonly onlyAttributeCerts: boolean;
}

/** Reads an IssuingDistributionPoint value (`crlIssuerName`: the CRL issuer's Name, DER), or null when malformed. */
export function readIssuingDistributionPoint(value: Uint8Array, crlIssuerName: Uint8Array | null = null): IssuingDistributionPoint | null {
  const sequence = readWhole(value);
  if (!sequence || sequence.tag !== DER_TAG.sequence) return null;
  const fields = readChildren(value, sequence);
  if (typeof fields === 'string') return null;
  let names: string[] | null = null;
  const flags = { onlyUserCerts: false, onlyCaCerts: false, indirect: false, onlyAttributeCerts: false };
  let onlySomeReasons: ReasonMask | null = null;
  for (const field of fields) {
    const flag = field.tag === 0x81 ? 'onlyUserCerts' : field.tag === 0x82 ? 'onlyCaCerts' : field.tag === 0x84 ? 'indirect' : field.tag === 0x85 ? 'onlyAttributeCerts' : null;
    if (field.tag === 0xa0) names = readDistributionPointName(value, field, crlIssuerName);
    else if (field.tag === 0x83) onlySomeReasons = readReasonFlags(value, field);
    else if (flag !== null) {
      const read = readBoolean(value, field);
      if (read === null) return null;
      flags[flag] = read;
    } else return null;
    if ((field.tag === 0xa0 && names === null) || (field.tag === 0x83 && onlySomeReasons === null)) return null;
  }
  return { names, onlySomeReasons, ...flags };
}

/** The DER of the first directoryName in GeneralNames, or null. */
function directoryNameIn(bytes: Uint8Array, names: DerElement): Uint8Array | null {
  const children = readChildren(bytes, names);
  const directory = typeof children === 'string' ? undefined : children.find((child) => child.tag === 0xa4);
  return directory ? bytes.subarray(directory.contentStart, directory.end) : null;
}

/** One DistributionPoint of a certificate's cRLDistributionPoints (RFC 5280 §4.2.1.13). */
export interface CertificateDistributionPoint {
  readonly names: readonly string[] | null;
  readonly reasons: ReasonMask | null;
  /** The cRLIssuer names, or null when the CRL issuer is the certificate issuer. */
  readonly crlIssuer: readonly string[] | null;
}

/** Reads a cRLDistributionPoints value (`issuerName`: the certificate issuer's Name, DER, which relative names extend), or null when malformed. */
export function readDistributionPoints(value: Uint8Array, issuerName: Uint8Array | null = null): CertificateDistributionPoint[] | null {
  const sequence = readWhole(value);
  if (!sequence || sequence.tag !== DER_TAG.sequence) return null;
  const points = readChildren(value, sequence);
  if (typeof points === 'string') return null;
  const out: CertificateDistributionPoint[] = [];
  for (const point of points) {
    const fields = point.tag === DER_TAG.sequence ? readChildren(value, point) : 'malformed';
    if (typeof fields === 'string') return null;
    let names: string[] | null = null;
    let reasons: ReasonMask | null = null;
    let crlIssuer: string[] | null = null;
    // A relative name extends the cRLIssuer's directory name when there is one, else the certificate issuer's.
    const crlIssuerField = fields.find((field) => field.tag === 0xa2);
    const base = crlIssuerField ? directoryNameIn(value, crlIssuerField) : issuerName;
    for (const field of fields) {
      if (field.tag === 0xa0) names = readDistributionPointName(value, field, base);
      else if (field.tag === 0x81) reasons = readReasonFlags(value, field);
      else if (field.tag === 0xa2) crlIssuer = readGeneralNames(value, field);
      else return null;
      if ((field.tag === 0xa0 && names === null) || (field.tag === 0x81 && reasons === null) || (field.tag === 0xa2 && crlIssuer === null)) return null;
    }
    out.push({ names, reasons, crlIssuer });
  }
  return out;
}
