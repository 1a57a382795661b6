/**
 * A tiny DER writer for tests: builds TLVs by hand so that tests can craft certificates with string
 * types, times and shapes that the @peculiar/x509 generator cannot produce (TeletexString,
 * VisibleString, odd-length BMPString, v1 certificates, CSRs, …). Signatures are not valid; neither
 * the fast path nor @peculiar/x509's parser verifies them.
 */

/** Bytes backed by a plain ArrayBuffer (what @peculiar/x509 and WebCrypto accept). */
export type Bytes = Uint8Array<ArrayBuffer>;

/** Concatenates byte arrays. */
export function concatBytes(...parts: Uint8Array[]): Bytes {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** DER length octets (X.690 §8.1.3: short form below 128, else long form). */
export function derLength(length: number): Bytes {
  if (length < 0x80) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n % 256);
  return Uint8Array.of(0x80 | bytes.length, ...bytes);
}

/** One TLV with the given identifier octet. */
export function tlv(tag: number, ...content: Uint8Array[]): Bytes {
  const body = concatBytes(...content);
  return concatBytes(Uint8Array.of(tag), derLength(body.length), body);
}

/** SEQUENCE of the given elements. */
export const sequence = (...items: Uint8Array[]): Bytes => tlv(0x30, ...items);
/** SET of the given elements (in the order given; DER sorting is the caller's business). */
export const set = (...items: Uint8Array[]): Bytes => tlv(0x31, ...items);
/** OCTET STRING. */
export const octetString = (content: Uint8Array): Bytes => tlv(0x04, content);
/** BIT STRING with no unused bits. */
export const bitString = (content: Uint8Array): Bytes => tlv(0x03, Uint8Array.of(0), content);
/** BOOLEAN. */
export const boolean = (value: boolean): Bytes => tlv(0x01, Uint8Array.of(value ? 0xff : 0));
/** NULL. */
export const nullValue = (): Bytes => tlv(0x05);
/** Context-specific constructed [n] wrapping the given elements (EXPLICIT tagging). */
export const explicit = (n: number, ...items: Uint8Array[]): Bytes => tlv(0xa0 | n, ...items);

/** INTEGER with the given content bytes exactly as given (no sign fix-up). */
export const integerBytes = (content: Uint8Array): Bytes => tlv(0x02, content);

/** INTEGER holding a non-negative bigint, minimal two's complement. */
export function integer(value: bigint | number): Bytes {
  let hex = BigInt(value).toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  if (parseInt(hex.slice(0, 2), 16) >= 0x80) hex = `00${hex}`;
  return integerBytes(Uint8Array.from(hex.match(/../g)!.map((h) => parseInt(h, 16))));
}

/** OBJECT IDENTIFIER from dotted text (X.690 §8.19). */
export function oid(dotted: string): Bytes {
  const arcs = dotted.split('.').map((a) => BigInt(a));
  const first = arcs[0]! * 40n + arcs[1]!;
  const bytes: number[] = [];
  for (const arc of [first, ...arcs.slice(2)]) {
    const chunk: number[] = [Number(arc & 0x7fn)];
    for (let n = arc >> 7n; n > 0n; n >>= 7n) chunk.unshift(Number(n & 0x7fn) | 0x80);
    bytes.push(...chunk);
  }
  return tlv(0x06, Uint8Array.from(bytes));
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Bytes => new TextEncoder().encode(text);
/** Latin-1 bytes of a string (each char code & 0xff). */
export const latin1 = (text: string): Bytes => Uint8Array.from([...text].map((c) => c.charCodeAt(0) & 0xff));

/** String TLV tags used in names (X.680 §8.4 universal class numbers). */
export const STRING_TAG = {
  utf8String: 0x0c,
  numericString: 0x12,
  printableString: 0x13,
  teletexString: 0x14,
  ia5String: 0x16,
  visibleString: 0x1a,
  universalString: 0x1c,
  bmpString: 0x1e,
} as const;

/** UTCTime TLV from its text, e.g. "491231235959Z". */
export const utcTime = (text: string): Bytes => tlv(0x17, latin1(text));
/** GeneralizedTime TLV from its text, e.g. "20500101000000Z". */
export const generalizedTime = (text: string): Bytes => tlv(0x18, latin1(text));

/** One attribute as [OID, tag, content bytes]. */
export type RawAttribute = readonly [string, number, Uint8Array];

/** A Name from RDNs, each a list of raw attributes (multi-valued RDNs keep the given order). */
export function rawName(rdns: readonly (readonly RawAttribute[])[]): Bytes {
  return sequence(...rdns.map((rdn) => set(...rdn.map(([type, tag, value]) => sequence(oid(type), tlv(tag, value))))));
}

/** Fields of a hand-built certificate; each defaults to something valid. */
export interface RawCertificateFields {
  version?: 1 | 3;
  serial?: Uint8Array;
  issuer?: Uint8Array;
  subject?: Uint8Array;
  notBefore?: Uint8Array;
  notAfter?: Uint8Array;
  spki?: Uint8Array;
  extensions?: Uint8Array[];
}

/** A plausible P-256 SubjectPublicKeyInfo (the point is not on the curve; nothing here checks). */
export const FAKE_EC_SPKI = sequence(
  sequence(oid('1.2.840.10045.2.1'), oid('1.2.840.10045.3.1.7')),
  bitString(Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : i))),
);

/** An Extension SEQUENCE. */
export function extension(type: string, value: Uint8Array, critical = false): Bytes {
  return critical ? sequence(oid(type), boolean(true), octetString(value)) : sequence(oid(type), octetString(value));
}

/** A whole Certificate with a dummy ecdsa-with-SHA256 signature. */
export function rawCertificate(fields: RawCertificateFields = {}): Bytes {
  const algorithm = sequence(oid('1.2.840.10045.4.3.2'));
  const name = rawName([[['2.5.4.3', STRING_TAG.utf8String, utf8('raw.example')]]]);
  const tbsParts = [
    ...(fields.version === 1 ? [] : [explicit(0, integer(2))]),
    fields.serial ?? integer(0x1234),
    algorithm,
    fields.issuer ?? name,
    sequence(fields.notBefore ?? utcTime('240101000000Z'), fields.notAfter ?? utcTime('250101000000Z')),
    fields.subject ?? name,
    fields.spki ?? FAKE_EC_SPKI,
    ...(fields.extensions && fields.extensions.length > 0 ? [explicit(3, sequence(...fields.extensions))] : []),
  ];
  return sequence(sequence(...tbsParts), algorithm, bitString(new Uint8Array(64).fill(1)));
}
