import type { LocalizedText } from './localized-text';

/**
 * The structural limits of every parser of untrusted bytes, in one table. Each parser checks its
 * limit before doing the work the limit guards, so a hostile file costs at most a linear pass to
 * refuse; the message names the limit and what the file held. Each number exists only here.
 * (Byte-size limits of whole files are in limits.ts.)
 */
export const PARSER_LIMITS = {
  /**
   * Content octets of one OBJECT IDENTIFIER (X.690 §8.19). Real OIDs are under 40 octets (Microsoft
   * template OIDs are the longest seen); a 2.25 UUID OID is 20.
   */
  oidOctets: 255,
  /** Octets of one OID arc (base-128 digits): 19 hold a 128-bit UUID arc (ITU-T X.667), one more is spare. */
  oidArcOctets: 20,
  /**
   * Nesting depth of DER elements, counting encapsulated DER inside OCTET and BIT STRINGs. A
   * certificate policy qualifier is about 14 deep, a PKCS#7 bundle adds 4; @peculiar/x509's asn1js
   * refuses deeper nesting than a few hundred with an error of its own.
   */
  derDepth: 64,
  /**
   * Certificates read from one file. A server's chain file holds 2–5, an operating system's CA bundle
   * about 150. Each certificate of a file is reported with its chain (tens of milliseconds each on a
   * loaded machine), so the limit also bounds how long one file can take.
   */
  certificatesPerFile: 300,
  /** Names in one certificate's subjectAltName (RFC 5280 §4.2.1.6). Public CAs issue at most a few hundred. */
  subjectAltNames: 1_000,
  /**
   * Rows of one certificate list. The largest list the 512 MB file limit admits holds about 200,000
   * rows with certificates (2.5 KB a row); a university's serverAll.tsv holds a few thousand.
   */
  listRows: 200_000,
} as const;

/** The name of one parser limit. */
export type ParserLimitName = keyof typeof PARSER_LIMITS;

/** A limit a parser refused its input on: which one, its value, and what the input held (or at least held, once over it). */
export interface LimitExceeded {
  readonly limit: ParserLimitName;
  readonly max: number;
  /** How many the input held, or the count reached when the parser stopped (then `atLeast` is true). */
  readonly found: number;
  readonly atLeast: boolean;
}

/** A LimitExceeded for `limit`, whose input held `found` (or, with `atLeast`, more than the limit and at least `found`). */
export function limitExceeded(limit: ParserLimitName, found: number, atLeast = false): LimitExceeded {
  return { limit, max: PARSER_LIMITS[limit], found, atLeast };
}

const WHAT: Readonly<Record<ParserLimitName, LocalizedText>> = {
  oidOctets: { ja: 'OID（オブジェクト識別子）の長さ', en: 'the length of an OID (object identifier)' },
  oidArcOctets: { ja: 'OID の 1 つの数字（アーク）の長さ', en: 'the length of one arc of an OID' },
  derDepth: { ja: 'ASN.1 の入れ子の深さ', en: 'the nesting depth of its ASN.1' },
  certificatesPerFile: { ja: '1 つのファイルの証明書の数', en: 'the number of certificates in one file' },
  subjectAltNames: { ja: '1 枚の証明書の subjectAltName の名前の数', en: 'the number of subjectAltName names in one certificate' },
  listRows: { ja: '一覧の行数', en: 'the number of rows in the list' },
};

const UNIT: Readonly<Record<ParserLimitName, LocalizedText>> = {
  oidOctets: { ja: 'バイト', en: ' bytes' },
  oidArcOctets: { ja: 'バイト', en: ' bytes' },
  derDepth: { ja: '段', en: ' levels' },
  certificatesPerFile: { ja: '枚', en: ' certificates' },
  subjectAltNames: { ja: '個', en: ' names' },
  listRows: { ja: '行', en: ' rows' },
};

/** The one sentence for an input over a parser limit: what was limited, what the input held, and the limit. */
export function limitExceededText(exceeded: LimitExceeded): LocalizedText {
  const unit = UNIT[exceeded.limit];
  const found = exceeded.found.toLocaleString('en-US');
  const max = exceeded.max.toLocaleString('en-US');
  return {
    ja: `${WHAT[exceeded.limit].ja}が上限を超えています（${exceeded.atLeast ? `${found}${unit.ja}以上` : `${found}${unit.ja}`}、上限 ${max}${unit.ja}）。これ以上は読みません。`,
    en: `${capitalise(WHAT[exceeded.limit].en)} is over its limit (${exceeded.atLeast ? `at least ${found}` : found}${unit.en}; the limit is ${max}${unit.en}). It is not read further.`,
  };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
