import { decodeBase64 } from '../../encoding/base64';
import { err, ok, type Result } from '../../model/result';
import { readDistinguishedName } from '../certificate/distinguished-name';
import { normaliseDn } from '../chain/chain-names';
import { DER_TAG, readElement, type DerElement } from '../der/der-reader';
import { readOid } from '../der/der-oid';
import { readTime } from '../der/der-time';
import { decodeText, normaliseText } from '../pem/normalise-text';
import { scanPem } from '../pem/pem-scan';
import { serialKey } from '../serial';
import {
  CRL_OID,
  KNOWN_CRL_EXTENSIONS,
  KNOWN_ENTRY_EXTENSIONS,
  readCrlNumber,
  readExtensions,
  readGeneralNames,
  readIssuingDistributionPoint,
  readWhole,
  type IssuingDistributionPoint,
  type RawExtension,
} from './crl-extensions';

/** One revoked certificate of a CRL (RFC 5280 §5.1.2.6, §5.3). */
export interface CrlEntry {
  /** The serial in its one comparable form (serialKey: signed). */
  readonly serialKey: string;
  readonly revokedAt: number;
  /** The CRLReason code, or null when the entry has none. */
  readonly reason: number | null;
  /** The normalised DN of the certificate's issuer: the CRL issuer, or in an indirect CRL the certificateIssuer in force. */
  readonly issuerKey: string;
}

/** A CRL read by streaming over its DER (RFC 5280 §5): its header fields, scope and revoked entries indexed by issuer and serial. */
export interface ParsedCrl {
  readonly der: Uint8Array;
  /** The issuer DN in the same string form as certificate summaries. */
  readonly issuerDn: string;
  readonly issuerKey: string;
  readonly thisUpdate: number;
  readonly nextUpdate: number | null;
  readonly entryCount: number;
  /** CRLNumber, or null when absent. */
  readonly number: bigint | null;
  /** The BaseCRLNumber of a delta CRL (deltaCRLIndicator, RFC 5280 §5.2.4), or null for a complete CRL. */
  readonly deltaBase: bigint | null;
  readonly issuingDistributionPoint: IssuingDistributionPoint | null;
  /** The OIDs of critical CRL or CRL-entry extensions this reader does not understand (then the CRL must not be used, RFC 5280 §5.2, §5.3). */
  readonly unknownCritical: readonly string[];
  /** What the signature covers and how it was made. */
  readonly signed: { readonly tbs: Uint8Array; readonly algorithm: Uint8Array; readonly signature: Uint8Array; readonly algorithmsAgree: boolean };
  /** The entry for a certificate (issuer normalised DN, serial key), or undefined when it is not listed. */
  readonly entryFor: (issuerKey: string, serial: string) => CrlEntry | undefined;
}

/** Counts the DER elements the reader walks (the scaling tests measure work with it, not time). */
export interface CrlReadProbe {
  elements: number;
}

/** Reads a CRL in DER or PEM ("X509 CRL", leniently: see pem-scan.ts); `unreadable` otherwise. Never throws. */
export function readCrl(bytes: Uint8Array, probe?: CrlReadProbe): Result<ParsedCrl, 'unreadable'> {
  let der = bytes;
  if (bytes[0] !== DER_TAG.sequence) {
    const block = scanPem(normaliseText(decodeText(bytes).text).text).blocks.find((b) => b.label === 'X509 CRL' || b.label === 'CRL');
    const decoded = block ? decodeBase64(block.base64) : null;
    if (!decoded || !decoded.ok) return err('unreadable');
    der = decoded.value;
  }
  const parsed = readCrlDer(der, probe ?? { elements: 0 });
  return parsed === null ? err('unreadable') : ok(parsed);
}

const CONTEXT_0 = 0xa0; // [0] EXPLICIT Extensions of TBSCertList

/** Entry key: the issuer's normalised DN and the serial key. */
const entryKey = (issuerKey: string, serial: string): string => `${issuerKey}\u0000${serial}`;

/**
 * Walks CertificateList ::= SEQUENCE { tbsCertList, signatureAlgorithm, signatureValue } one element
 * at a time; the revoked list is read entry by entry into a map, so a CRL of any size costs time
 * and memory in proportion to its entries (no ASN.1 tree, no node limit). Null when malformed.
 */
function readCrlDer(der: Uint8Array, probe: CrlReadProbe): ParsedCrl | null {
  const step = (element: DerElement | string): DerElement | null => {
    probe.elements++;
    return typeof element === 'string' ? null : element;
  };
  const count = (elements: number) => {
    probe.elements += elements;
  };
  const list = step(readElement(der, 0));
  if (!list || list.tag !== DER_TAG.sequence || list.end !== der.length) return null;
  const tbs = step(readElement(der, list.contentStart, list.end));
  const outerAlgorithm = tbs && step(readElement(der, tbs.end, list.end));
  const signature = outerAlgorithm && step(readElement(der, outerAlgorithm.end, list.end));
  if (!tbs || !outerAlgorithm || !signature || tbs.tag !== DER_TAG.sequence || outerAlgorithm.tag !== DER_TAG.sequence) return null;
  if (signature.tag !== DER_TAG.bitString || signature.end !== list.end || signature.end - signature.contentStart < 1 || der[signature.contentStart] !== 0) return null;

  let field = step(readElement(der, tbs.contentStart, tbs.end));
  // version INTEGER OPTIONAL: v2 (1) when extensions are present (RFC 5280 §5.1.2.1).
  if (field && field.tag === DER_TAG.integer) field = step(readElement(der, field.end, tbs.end));
  const innerAlgorithm = field && field.tag === DER_TAG.sequence ? field : null;
  const issuer = innerAlgorithm && step(readElement(der, innerAlgorithm.end, tbs.end));
  const thisUpdateElement = issuer && step(readElement(der, issuer.end, tbs.end));
  if (!innerAlgorithm || !issuer || !thisUpdateElement || issuer.tag !== DER_TAG.sequence) return null;
  const issuerName = readDistinguishedName(der, issuer);
  const thisUpdate = readTime(der, thisUpdateElement);
  if (issuerName === null || thisUpdate === null) return null;
  const issuerKey = normaliseDn(issuerName.text);

  let nextUpdate: number | null = null;
  let revoked: DerElement | null = null;
  let extensionsElement: DerElement | null = null;
  for (let pos = thisUpdateElement.end; pos < tbs.end; ) {
    const element = step(readElement(der, pos, tbs.end));
    if (!element) return null;
    if (element.tag === DER_TAG.utcTime || element.tag === DER_TAG.generalizedTime) {
      if (revoked || extensionsElement || nextUpdate !== null) return null;
      nextUpdate = readTime(der, element);
      if (nextUpdate === null) return null;
    } else if (element.tag === DER_TAG.sequence && !revoked && !extensionsElement) revoked = element;
    else if (element.tag === CONTEXT_0 && !extensionsElement) extensionsElement = element;
    else return null;
    pos = element.end;
  }

  let crlExtensions: RawExtension[] = [];
  if (extensionsElement) {
    const inner = step(readElement(der, extensionsElement.contentStart, extensionsElement.end));
    if (!inner || inner.tag !== DER_TAG.sequence || inner.end !== extensionsElement.end) return null;
    const read = readExtensions(der, inner, count);
    if (read === null) return null;
    crlExtensions = read;
  }
  const unknownCritical = crlExtensions.filter((extension) => extension.critical && !KNOWN_CRL_EXTENSIONS.has(extension.oid)).map((extension) => extension.oid);
  const valueOf = (oid: string) => crlExtensions.find((extension) => extension.oid === oid)?.value ?? null;
  const numberValue = valueOf(CRL_OID.crlNumber);
  const deltaValue = valueOf(CRL_OID.deltaCrlIndicator);
  const idpValue = valueOf(CRL_OID.issuingDistributionPoint);
  const number = numberValue ? readCrlNumber(numberValue) : null;
  const deltaBase = deltaValue ? readCrlNumber(deltaValue) : null;
  const issuingDistributionPoint = idpValue ? readIssuingDistributionPoint(idpValue, der.subarray(issuer.start, issuer.end)) : null;
  // A malformed scope or delta marker would make every answer a guess: the CRL is unreadable.
  if ((numberValue && number === null) || (deltaValue && deltaBase === null) || (idpValue && issuingDistributionPoint === null)) return null;

  const entries = new Map<string, CrlEntry>();
  let entryCount = 0;
  if (revoked) {
    const read = readEntries(der, revoked, { issuerKey, indirect: issuingDistributionPoint?.indirect ?? false }, step, count, (entry) => {
      entryCount++;
      const key = entryKey(entry.issuerKey, entry.serialKey);
      if (!entries.has(key)) entries.set(key, entry);
    }, unknownCritical);
    if (!read) return null;
  }
  return {
    der,
    issuerDn: issuerName.text,
    issuerKey,
    thisUpdate,
    nextUpdate,
    entryCount,
    number,
    deltaBase,
    issuingDistributionPoint,
    unknownCritical,
    signed: {
      tbs: der.subarray(tbs.start, tbs.end),
      algorithm: der.subarray(outerAlgorithm.start, outerAlgorithm.end),
      signature: der.subarray(signature.contentStart + 1, signature.end),
      algorithmsAgree: sameBytes(der.subarray(innerAlgorithm.start, innerAlgorithm.end), der.subarray(outerAlgorithm.start, outerAlgorithm.end)),
    },
    entryFor: (entryIssuerKey, serial) => entries.get(entryKey(entryIssuerKey, serial)),
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Reads revokedCertificates entry by entry (RFC 5280 §5.1.2.6). In an indirect CRL an entry's
 * certificateIssuer stays in force for the entries after it (RFC 5280 §5.3.3). Unknown critical entry
 * extensions are added to `unknownCritical`. False when an entry is malformed.
 */
function readEntries(
  der: Uint8Array,
  revoked: DerElement,
  scope: { readonly issuerKey: string; readonly indirect: boolean },
  step: (element: DerElement | string) => DerElement | null,
  count: (elements: number) => void,
  take: (entry: CrlEntry) => void,
  unknownCritical: string[],
): boolean {
  let currentIssuer = scope.issuerKey;
  for (let pos = revoked.contentStart; pos < revoked.end; ) {
    const entry = step(readElement(der, pos, revoked.end));
    if (!entry || entry.tag !== DER_TAG.sequence) return false;
    pos = entry.end;
    const serial = step(readElement(der, entry.contentStart, entry.end));
    const date = serial && step(readElement(der, serial.end, entry.end));
    if (!serial || !date || serial.tag !== DER_TAG.integer || serial.end === serial.contentStart) return false;
    const revokedAt = readTime(der, date);
    if (revokedAt === null) return false;
    let reason: number | null = null;
    if (date.end < entry.end) {
      const extensionsElement = step(readElement(der, date.end, entry.end));
      if (!extensionsElement || extensionsElement.tag !== DER_TAG.sequence || extensionsElement.end !== entry.end) return false;
      const extensions = readExtensions(der, extensionsElement, count);
      if (extensions === null) return false;
      for (const extension of extensions) {
        if (extension.oid === CRL_OID.reasonCode) {
          const element = readWhole(extension.value);
          // CRLReason ::= ENUMERATED (tag 10)
          if (!element || element.tag !== 0x0a || element.end - element.contentStart !== 1) return false;
          reason = extension.value[element.contentStart]!;
        } else if (extension.oid === CRL_OID.certificateIssuer && scope.indirect) {
          const element = readWhole(extension.value);
          const names = element && element.tag === DER_TAG.sequence ? readGeneralNames(extension.value, element) : null;
          const directory = names?.find((name) => name.startsWith('dn:'));
          if (!directory) return false;
          currentIssuer = directory.slice(3);
        } else if (extension.critical && !KNOWN_ENTRY_EXTENSIONS.has(extension.oid) && !unknownCritical.includes(extension.oid)) {
          unknownCritical.push(extension.oid);
        }
      }
    }
    take({ serialKey: serialKey(der.subarray(serial.contentStart, serial.end)), revokedAt, reason, issuerKey: currentIssuer });
  }
  return true;
}

/** The OID of a signed object's signature algorithm (the outer AlgorithmIdentifier), or null. */
export function signatureAlgorithmOid(algorithm: Uint8Array): string | null {
  const sequence = readWhole(algorithm);
  const oidElement = sequence ? readElement(algorithm, sequence.contentStart, sequence.end) : 'malformed';
  return typeof oidElement === 'string' ? null : readOid(algorithm, oidElement);
}
