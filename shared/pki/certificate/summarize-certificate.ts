import type { CertificateSummary } from '../../model/certificate-summary';
import type { LimitExceeded } from '../../model/parser-limits';
import { err, ok, type Result } from '../../model/result';
import { derLimitExceeded } from '../der/der-limits';
import { DER_TAG, readElement, readExpected, type DerElement } from '../der/der-reader';
import { readTime } from '../der/der-time';
import { sha256Hex, type DigestSha256 } from '../digest';
import { readDistinguishedName } from './distinguished-name';
import { readPublicKeyFacts } from '../keys/spki';
import { serialToColonHex, serialToDecimal } from '../serial';
import { readSummaryExtensions } from './summary-extensions';

/**
 * Why DER bytes gave no summary: `truncated` when the outer SEQUENCE claims more bytes than there
 * are; `not-a-certificate` when the outer shape is not a Certificate (a CSR, a key, PKCS#7,
 * anything else); `malformed` when it is shaped like one but a field inside is broken; the limit of
 * PARSER_LIMITS it exceeds (a huge OID, deep nesting, too many SANs) when it was refused unread.
 */
export type CertificateDecodeFailure = 'truncated' | 'not-a-certificate' | 'malformed' | LimitExceeded;

/** True when a decode failure is a parser limit exceeded rather than damage. */
export function isLimitFailure(failure: CertificateDecodeFailure): failure is LimitExceeded {
  return typeof failure === 'object';
}

/** The summary without its SHA-256 (which needs the async digest). */
export type CertificateSummaryFields = Omit<CertificateSummary, 'sha256'>;

const CONTEXT_0 = 0xa0; // [0] EXPLICIT Version
const CONTEXT_1 = 0x81; // [1] IMPLICIT issuerUniqueID
const CONTEXT_2 = 0x82; // [2] IMPLICIT subjectUniqueID
const CONTEXT_3 = 0xa3; // [3] EXPLICIT Extensions

/** The outer Certificate and TBSCertificate elements, or why not. */
function readEnvelope(der: Uint8Array): { tbs: DerElement } | Exclude<CertificateDecodeFailure, LimitExceeded> {
  if (der.length === 0 || der[0] !== DER_TAG.sequence) return 'not-a-certificate';
  const certificate = readElement(der, 0);
  if (typeof certificate === 'string') return certificate === 'truncated' ? 'truncated' : 'not-a-certificate';
  // Bytes after the certificate would change its fingerprint: refuse rather than guess.
  if (certificate.end !== der.length) return 'malformed';
  // Certificate ::= SEQUENCE { tbsCertificate, signatureAlgorithm, signatureValue } (RFC 5280 §4.1)
  const tbs = readExpected(der, certificate.contentStart, certificate, DER_TAG.sequence);
  if (tbs === null) return 'not-a-certificate';
  const signatureAlgorithm = readExpected(der, tbs.end, certificate, DER_TAG.sequence);
  if (signatureAlgorithm === null) return 'not-a-certificate';
  const signature = readExpected(der, signatureAlgorithm.end, certificate, DER_TAG.bitString);
  if (signature === null || signature.end !== certificate.end) return 'not-a-certificate';
  return { tbs };
}

/**
 * Reads the list fields of a DER certificate straight from its bytes, without building a
 * certificate object (the fast path for 50,000-row lists). The text forms match @peculiar/x509:
 * see distinguished-name.ts, serial.ts, der-time.ts, ip-address.ts. Never throws.
 *
 * Deliberate differences, all on certificates that break RFC 5280 / X.690: times other than
 * "YYMMDDHHMMSSZ" / "YYYYMMDDHHMMSS[.f]Z" are refused (asn1js misreads them, e.g. local
 * GeneralizedTime), as are odd-length BMPStrings (@peculiar/x509 throws), bytes after the
 * certificate (the library ignores them) and an empty serial; OID arcs beyond 2^53 are written in
 * decimal (asn1js writes "{hex}").
 */
export function readCertificateSummary(der: Uint8Array): Result<CertificateSummaryFields, CertificateDecodeFailure> {
  const read = readSummaryFields(der);
  // A field refused as malformed may have been refused for a limit (an OID too long to decode): say which.
  if (!read.ok && read.error === 'malformed') return err(derLimitExceeded(der) ?? 'malformed');
  return read;
}

function readSummaryFields(der: Uint8Array): Result<CertificateSummaryFields, CertificateDecodeFailure> {
  const envelope = readEnvelope(der);
  if (typeof envelope === 'string') return err(envelope);
  const { tbs } = envelope;
  // TBSCertificate (RFC 5280 §4.1.2): the shape up to subjectPublicKeyInfo decides "is it a certificate".
  let pos = tbs.contentStart;
  const version = readExpected(der, pos, tbs, CONTEXT_0);
  if (version !== null) pos = version.end;
  const serial = readExpected(der, pos, tbs, DER_TAG.integer);
  const signature = serial && readExpected(der, serial.end, tbs, DER_TAG.sequence);
  const issuer = signature && readExpected(der, signature.end, tbs, DER_TAG.sequence);
  const validity = issuer && readExpected(der, issuer.end, tbs, DER_TAG.sequence);
  const subject = validity && readExpected(der, validity.end, tbs, DER_TAG.sequence);
  const spki = subject && readExpected(der, subject.end, tbs, DER_TAG.sequence);
  if (!serial || !signature || !issuer || !validity || !subject || !spki) return err('not-a-certificate');
  if (serial.end === serial.contentStart) return err('malformed');

  const notBeforeElement = readElement(der, validity.contentStart, validity.end);
  if (typeof notBeforeElement === 'string') return err('malformed');
  const notAfterElement = readElement(der, notBeforeElement.end, validity.end);
  if (typeof notAfterElement === 'string' || notAfterElement.end !== validity.end) return err('malformed');
  const notBefore = readTime(der, notBeforeElement);
  const notAfter = readTime(der, notAfterElement);
  if (notBefore === null || notAfter === null) return err('malformed');

  const subjectName = readDistinguishedName(der, subject);
  const issuerName = readDistinguishedName(der, issuer);
  const key = readPublicKeyFacts(der, spki);
  if (subjectName === null || issuerName === null || key === null) return err('malformed');

  // Optional trailing fields: [1] and [2] unique IDs (v2, v3), then [3] extensions (v3 only).
  let extensions: DerElement | null = null;
  for (pos = spki.end; pos < tbs.end; ) {
    const element = readElement(der, pos, tbs.end);
    if (typeof element === 'string') return err('malformed');
    pos = element.end;
    if (element.tag === CONTEXT_3 && extensions === null) extensions = element;
    else if (element.tag !== CONTEXT_1 && element.tag !== CONTEXT_2) return err('malformed');
  }
  const facts = readSummaryExtensions(der, extensions);
  if (facts === null) return err('malformed');
  if ('limit' in facts) return err(facts);

  const serialContent = der.subarray(serial.contentStart, serial.end);
  return ok({
    subjectDn: subjectName.text,
    issuerDn: issuerName.text,
    commonName: subjectName.commonName,
    dnsNames: facts.dnsNames,
    ipAddresses: facts.ipAddresses,
    emailAddresses: facts.emailAddresses,
    serialNumber: serialToDecimal(serialContent),
    serialHex: serialToColonHex(serialContent),
    notBefore,
    notAfter,
    keyAlgorithm: key.keyAlgorithm,
    keySize: key.keySize,
    curve: key.curve,
    isCa: facts.isCa,
  });
}

/** A summary result, or its promise when the digest is asynchronous. */
export type SummaryResult = Result<CertificateSummary, CertificateDecodeFailure>;

/**
 * The full list summary of a DER certificate, SHA-256 included, computed with `digestSha256`. Returns
 * the result itself when the digest is synchronous (no promise per certificate), else a promise of it.
 */
export function summarizeCertificateWith(der: Uint8Array, digestSha256: DigestSha256): SummaryResult | Promise<SummaryResult> {
  const fields = readCertificateSummary(der);
  if (!fields.ok) return fields;
  const sha256 = digestSha256(der);
  if (typeof sha256 === 'string') return ok({ ...fields.value, sha256 });
  return sha256.then((hex) => ok({ ...fields.value, sha256: hex }));
}

/** The full list summary of a DER certificate, SHA-256 included (WebCrypto unless `digestSha256` is given); never throws. */
export async function summarizeCertificate(der: Uint8Array, digestSha256: DigestSha256 = sha256Hex): Promise<SummaryResult> {
  return summarizeCertificateWith(der, digestSha256);
}

/** Digests started per batch: enough to keep WebCrypto's worker threads busy, few enough to bound memory. */
const DIGEST_BATCH = 256;

/**
 * Summaries of many DER certificates, in input order. With an asynchronous digest (the WebCrypto default)
 * the digests run in parallel batches, and the next batch is parsed while the previous batch's digests run.
 */
export async function summarizeCertificates(ders: Uint8Array[], digestSha256: DigestSha256 = sha256Hex): Promise<SummaryResult[]> {
  const results: SummaryResult[] = new Array(ders.length);
  let previousBatch: Promise<unknown> = Promise.resolve();
  for (let start = 0; start < ders.length; start += DIGEST_BATCH) {
    const end = Math.min(ders.length, start + DIGEST_BATCH);
    const pending: Promise<void>[] = [];
    for (let i = start; i < end; i++) {
      const summary = summarizeCertificateWith(ders[i]!, digestSha256);
      if (summary instanceof Promise) pending.push(summary.then((value) => void (results[i] = value)));
      else results[i] = summary;
    }
    await previousBatch;
    previousBatch = Promise.all(pending);
  }
  await previousBatch;
  return results;
}
