/**
 * Makes CRLs for tests by writing their DER by hand (RFC 5280 §5) and signing them with a test CA's
 * key from make-pki: entries with any serial octets (negative ones too), reasons, certificateIssuer,
 * unknown critical extensions, CRL numbers, delta indicators, issuing distribution points, and lists
 * of any length (100,000 entries in well under a second of building). Nothing here is committed data.
 */
import { webcrypto } from 'node:crypto';
import { concatBytes } from '../../shared/encoding/bytes';
import { DER_NULL, derBitString, derOctetString, derOid, derSequence, derUnsignedInteger, encodeDer } from '../../shared/pki/der/der-writer';
import type { Issued } from '../unit/shared/diagnostics/make-pki';

/** An extension to write: OID, criticality and the DER of its value. */
export interface TestExtension {
  readonly oid: string;
  readonly critical?: boolean;
  readonly value: Uint8Array;
}

/** One revoked certificate: its serial as INTEGER content octets written as they are (so FF is −1), date and reason. */
export interface TestCrlEntry {
  readonly serial: Uint8Array;
  readonly revokedAt?: Date;
  /** CRLReason code (RFC 5280 §5.3.1); omitted → no reason extension. */
  readonly reason?: number;
  /** certificateIssuer (indirect CRLs): the issuer certificate whose subject is written as a directoryName. */
  readonly certificateIssuer?: Issued;
  readonly extensions?: readonly TestExtension[];
}

/** issuingDistributionPoint fields (RFC 5280 §5.2.5); `reasons` are ReasonFlags bit numbers (1 keyCompromise … 8 aACompromise). */
export interface TestIdp {
  readonly uri?: string;
  /** fullName: the CRL issuer's name with CN=<this> appended, as a directoryName. */
  readonly directoryCn?: string;
  readonly onlyUserCerts?: boolean;
  readonly onlyCaCerts?: boolean;
  readonly reasons?: readonly number[];
  readonly indirect?: boolean;
  readonly onlyAttributeCerts?: boolean;
}

/** What to put in a CRL; every field but the issuer has a default. */
export interface TestCrlSpec {
  readonly issuer: Issued;
  /** Signs instead of the issuer (a forged or separate-key CRL). */
  readonly signer?: Issued;
  readonly thisUpdate?: Date;
  /** null → no nextUpdate. */
  readonly nextUpdate?: Date | null;
  readonly entries?: readonly TestCrlEntry[];
  /** Adds this many further entries with serials 1_000_000 + i (a long list, cheaply). */
  readonly bulkEntries?: number;
  readonly number?: bigint;
  /** Makes it a delta CRL on this BaseCRLNumber. */
  readonly deltaBase?: bigint;
  readonly idp?: TestIdp;
  readonly extensions?: readonly TestExtension[];
  /** Writes this AlgorithmIdentifier (DER) instead of the signer's, in both places (e.g. md5WithRSAEncryption). */
  readonly algorithm?: Uint8Array;
}

const utcTime = (date: Date): Uint8Array => encodeDer(0x17, new TextEncoder().encode(date.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
const derBoolean = (value: boolean): Uint8Array => encodeDer(0x01, Uint8Array.of(value ? 0xff : 0));
const integerOf = (value: bigint): Uint8Array => derUnsignedInteger(hexBytes(value.toString(16)));

/** Bytes of a hex text (an odd length gets a leading 0). */
export function hexBytes(hex: string): Uint8Array {
  const even = hex.length % 2 ? `0${hex}` : hex;
  return Uint8Array.from(even.match(/../g) ?? [], (octet) => parseInt(octet, 16));
}

/** The DER of an Extension. */
function extension({ oid, critical, value }: TestExtension): Uint8Array {
  return derSequence(derOid(oid), ...(critical ? [derBoolean(true)] : []), derOctetString(value));
}

/** The certificate's subject Name, DER. */
const subjectNameOf = (issued: Issued): Uint8Array => new Uint8Array(issued.cert.subjectName.toArrayBuffer());

/** GeneralNames holding one directoryName ([4] EXPLICIT Name). */
export const directoryNames = (issued: Issued): Uint8Array => derSequence(encodeDer(0xa4, subjectNameOf(issued)));

/** A ReasonFlags BIT STRING with the given bits set, tagged `tag` (IMPLICIT). */
export function reasonFlags(bits: readonly number[], tag: number): Uint8Array {
  const octets = new Uint8Array(2);
  for (const bit of bits) octets[bit >> 3]! |= 0x80 >> (bit & 7);
  const used = octets[1] === 0 ? octets.subarray(0, 1) : octets;
  return encodeDer(tag, concatBytes([Uint8Array.of(0), used]));
}

/** A DistributionPointName with one URI fullName, tagged [0]. */
export const uriPointName = (uri: string): Uint8Array => encodeDer(0xa0, encodeDer(0xa0, encodeDer(0x86, new TextEncoder().encode(uri))));

/** The RDN content CN=<value> (one AttributeTypeAndValue, UTF8String). */
const cnAttribute = (value: string): Uint8Array => derSequence(derOid('2.5.4.3'), encodeDer(0x0c, new TextEncoder().encode(value)));

/** A DistributionPointName whose fullName is `base`'s subject with CN=<cn> appended, tagged [0]. */
function directoryPointName(base: Issued, cn: string): Uint8Array {
  const name = subjectNameOf(base);
  const withCn = encodeDer(0x30, concatBytes([name.subarray(name[1]! & 0x80 ? 2 + (name[1]! & 0x7f) : 2), encodeDer(0x31, cnAttribute(cn))]));
  return encodeDer(0xa0, encodeDer(0xa0, encodeDer(0xa4, withCn)));
}

/** A DistributionPointName nameRelativeToCRLIssuer CN=<cn>, tagged [0]. */
export const relativePointName = (cn: string): Uint8Array => encodeDer(0xa0, encodeDer(0xa1, cnAttribute(cn)));

/** The issuingDistributionPoint value. */
function idpValue(idp: TestIdp, issuer: Issued): Uint8Array {
  const flag = (tag: number, on: boolean | undefined) => (on ? [encodeDer(tag, Uint8Array.of(0xff))] : []);
  return derSequence(
    ...(idp.uri ? [uriPointName(idp.uri)] : []),
    ...(idp.directoryCn ? [directoryPointName(issuer, idp.directoryCn)] : []),
    ...flag(0x81, idp.onlyUserCerts),
    ...flag(0x82, idp.onlyCaCerts),
    ...(idp.reasons ? [reasonFlags(idp.reasons, 0x83)] : []),
    ...flag(0x84, idp.indirect),
    ...flag(0x85, idp.onlyAttributeCerts),
  );
}

/** A cRLDistributionPoints extension value for a certificate: one point, by URI and/or naming a cRLIssuer. */
export function distributionPointsValue(point: { uri?: string; relativeCn?: string; crlIssuer?: Issued; reasons?: readonly number[] }): Uint8Array<ArrayBuffer> {
  return new Uint8Array(derSequence(
    derSequence(
      ...(point.uri ? [uriPointName(point.uri)] : []),
      ...(point.relativeCn ? [relativePointName(point.relativeCn)] : []),
      ...(point.reasons ? [reasonFlags(point.reasons, 0x81)] : []),
      ...(point.crlIssuer ? [encodeDer(0xa2, encodeDer(0xa4, subjectNameOf(point.crlIssuer)))] : []),
    ),
  ));
}

function entryDer(entry: TestCrlEntry, defaultDate: Uint8Array): Uint8Array {
  const extensions: TestExtension[] = [...(entry.extensions ?? [])];
  if (entry.reason !== undefined) extensions.unshift({ oid: '2.5.29.21', value: encodeDer(0x0a, Uint8Array.of(entry.reason)) });
  if (entry.certificateIssuer) extensions.push({ oid: '2.5.29.29', critical: true, value: directoryNames(entry.certificateIssuer) });
  return derSequence(encodeDer(0x02, entry.serial), entry.revokedAt ? utcTime(entry.revokedAt) : defaultDate, ...(extensions.length > 0 ? [derSequence(...extensions.map(extension))] : []));
}

/** The AlgorithmIdentifier and WebCrypto parameters a test key signs with. */
function signingAlgorithm(signer: Issued): { der: Uint8Array; params: RsaPssParams | EcdsaParams | Algorithm } {
  return signer.kind.startsWith('rsa')
    ? { der: derSequence(derOid('1.2.840.113549.1.1.11'), DER_NULL), params: { name: 'RSASSA-PKCS1-v1_5' } }
    : { der: derSequence(derOid('1.2.840.10045.4.3.2')), params: { name: 'ECDSA', hash: 'SHA-256' } as EcdsaParams };
}

/** WebCrypto's r‖s ECDSA signature as the DER ECDSA-Sig-Value X.509 carries. */
function ecdsaDer(raw: Uint8Array): Uint8Array {
  const half = raw.length / 2;
  return derSequence(derUnsignedInteger(raw.subarray(0, half)), derUnsignedInteger(raw.subarray(half)));
}

/** A signed CRL (DER) as the spec says. */
export async function makeTestCrl(spec: TestCrlSpec): Promise<Uint8Array<ArrayBuffer>> {
  const signer = spec.signer ?? spec.issuer;
  const own = signingAlgorithm(signer);
  const algorithm = spec.algorithm ? { ...own, der: spec.algorithm } : own;
  const defaultDate = utcTime(new Date(Date.UTC(2025, 4, 1)));
  const entries = (spec.entries ?? []).map((entry) => entryDer(entry, defaultDate));
  for (let i = 0; i < (spec.bulkEntries ?? 0); i++) entries.push(derSequence(integerOf(BigInt(1_000_000 + i)), defaultDate));
  const extensions: TestExtension[] = [...(spec.extensions ?? [])];
  if (spec.number !== undefined) extensions.push({ oid: '2.5.29.20', value: integerOf(spec.number) });
  if (spec.deltaBase !== undefined) extensions.push({ oid: '2.5.29.27', critical: true, value: integerOf(spec.deltaBase) });
  if (spec.idp) extensions.push({ oid: '2.5.29.28', critical: true, value: idpValue(spec.idp, spec.issuer) });
  const nextUpdate = spec.nextUpdate === undefined ? new Date(Date.UTC(2025, 5, 8)) : spec.nextUpdate;
  const tbs = derSequence(
    derUnsignedInteger(Uint8Array.of(1)),
    algorithm.der,
    subjectNameOf(spec.issuer),
    utcTime(spec.thisUpdate ?? new Date(Date.UTC(2025, 5, 1))),
    ...(nextUpdate ? [utcTime(nextUpdate)] : []),
    // Not derSequence(...entries): a spread of 100,000 arguments would overflow the call stack.
    ...(entries.length > 0 ? [encodeDer(0x30, concatBytes(entries))] : []),
    ...(extensions.length > 0 ? [encodeDer(0xa0, derSequence(...extensions.map(extension)))] : []),
  );
  const raw = new Uint8Array(await webcrypto.subtle.sign(algorithm.params, signer.keys.privateKey, tbs));
  const signature = signer.kind.startsWith('rsa') ? raw : ecdsaDer(raw);
  return new Uint8Array(derSequence(tbs, algorithm.der, derBitString(signature)));
}
