import { decodeBase64 } from '../encoding/base64';
import type { CertificateSummary } from '../model/certificate-summary';
import { limitExceeded, PARSER_LIMITS, type LimitExceeded } from '../model/parser-limits';
import { summarizeCertificate } from './certificate/summarize-certificate';
import { classifyDer, looksLikeBerCertificate, looksLikeDer, type DerKind } from './classify-der';
import { derLimitExceeded } from './der/der-limits';
import { readElement } from './der/der-reader';
import { encodePem } from './pem/encode-pem';
import { decodeText, normaliseText } from './pem/normalise-text';
import { makeRepair, repairsFromIssues, type Repair } from './pem/pem-repairs';
import { scanPem, type PemBlock } from './pem/pem-scan';
import { readPkcs7Certificates } from './pkcs7';

/**
 * The one reader of certificate files and pasted certificate text: PEM however damaged its layout
 * (repaired, each repair recorded), raw DER (one certificate or several back to back), base64
 * without armour (one certificate, or one per line as list cells hold them) and PKCS#7 bundles
 * (.p7b, PEM or DER). What is not a certificate is refused by kind; a private key is recognised by
 * its label or shape only, never decoded or kept. Never throws.
 */

/** One certificate read, with the line of its block (null for binary DER). */
export interface FileCertificate {
  readonly der: Uint8Array;
  readonly summary: CertificateSummary;
  readonly line: number | null;
}

/** What kept part of a file from being read as certificates, and where (1-based line; column where known). */
export type CertificateFileIssue =
  | { readonly kind: 'truncated'; readonly line: number | null }
  | { readonly kind: 'corrupt'; readonly line: number | null; readonly column?: number; readonly what: CorruptPart }
  | { readonly kind: 'not-a-certificate'; readonly line: number | null; readonly derKind: DerKind; readonly label?: string }
  | { readonly kind: 'pkcs7-read'; readonly line: number | null; readonly count: number }
  | { readonly kind: 'ber-encoded'; readonly line: number | null }
  | { readonly kind: 'over-limit'; readonly line: number | null; readonly exceeded: LimitExceeded }
  | { readonly kind: 'no-certificate' };

/** Which layer of a damaged certificate failed: the base64 text, the DER, the X.509 inside, a PKCS#7 bundle, or missing body lines. */
export type CorruptPart = 'base64' | 'DER' | 'X.509' | 'PKCS#7' | 'lines missing' | 'unexpected content';

/** A certificate file read: its certificates in file order, the issues, the repairs, and every certificate as strict PEM. */
export interface CertificateFileRead {
  readonly certificates: FileCertificate[];
  readonly issues: CertificateFileIssue[];
  readonly repairs: Repair[];
  /** Every certificate read, as strict PEM (LF, 64-character lines), in file order. */
  readonly text: string;
}

type MutableRead = { certificates: FileCertificate[]; issues: CertificateFileIssue[]; repairs: Repair[] };

const BARE_BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/** Consecutive DER elements filling `bytes` exactly, or null when they do not (a single element counts). */
function splitDerRun(bytes: Uint8Array): Uint8Array[] | null {
  const parts: Uint8Array[] = [];
  for (let pos = 0; pos < bytes.length; ) {
    const element = bytes[pos] === 0x30 ? readElement(bytes, pos) : 'malformed';
    if (typeof element === 'string') return null;
    parts.push(bytes.subarray(pos, element.end));
    pos = element.end;
  }
  return parts;
}

/** The DER of a certificate block: decoded base64, with anything after the first element (TRUSTED CERTIFICATE aux data) cut off. */
function blockDer(block: PemBlock): { der: Uint8Array; trailing: boolean } | null {
  // A character outside the base64 alphabet inside the body means damage, not layout: refuse rather than guess.
  if (block.issues.some((issue) => issue.kind === 'invalid-characters')) return null;
  const decoded = decodeBase64(block.base64);
  if (!decoded.ok || decoded.value.length === 0) return null;
  const element = readElement(decoded.value, 0);
  if (typeof element !== 'string' && element.end < decoded.value.length) return { der: decoded.value.subarray(0, element.end), trailing: true };
  return { der: decoded.value, trailing: false };
}

async function addCertificate(der: Uint8Array, line: number | null, result: MutableRead): Promise<void> {
  const summary = await summarizeCertificate(der);
  if (summary.ok) result.certificates.push({ der, summary: summary.value, line });
  else if (summary.error === 'truncated') result.issues.push({ kind: 'truncated', line });
  else if (typeof summary.error === 'object') result.issues.push({ kind: 'over-limit', line, exceeded: summary.error });
  else result.issues.push({ kind: 'corrupt', line, what: 'X.509' });
}

/**
 * True (and the issue recorded) when a file holds more certificates than PARSER_LIMITS.certificatesPerFile:
 * such a file is refused whole, before any of them is decoded, so that reading it stays linear.
 */
function overCertificateLimit(count: number, line: number | null, result: MutableRead): boolean {
  if (count <= PARSER_LIMITS.certificatesPerFile) return false;
  result.issues.push({ kind: 'over-limit', line, exceeded: limitExceeded('certificatesPerFile', count) });
  return true;
}

/** Reads one DER blob: a certificate, a PKCS#7 bundle, or a typed refusal. */
async function readDerBlob(der: Uint8Array, line: number | null, result: MutableRead): Promise<void> {
  // Nesting and OID lengths are checked before any recursive parser (asn1js for PKCS#7) sees the bytes.
  const exceeded = derLimitExceeded(der);
  if (exceeded) {
    result.issues.push({ kind: 'over-limit', line, exceeded });
    return;
  }
  const kind = classifyDer(der);
  if (kind === 'pkcs7') {
    const bundle = readPkcs7Certificates(der);
    if (!bundle.ok) {
      result.issues.push({ kind: 'corrupt', line, what: 'PKCS#7' });
      return;
    }
    if (overCertificateLimit(bundle.certificates.length, line, result)) return;
    result.issues.push({ kind: 'pkcs7-read', line, count: bundle.certificates.length });
    for (const certificate of bundle.certificates) await addCertificate(certificate, line, result);
    return;
  }
  if (kind === 'certificate') {
    await addCertificate(der, line, result);
    return;
  }
  if (looksLikeBerCertificate(der)) result.issues.push({ kind: 'ber-encoded', line });
  else if (readElement(der, 0) === 'truncated') result.issues.push({ kind: 'truncated', line });
  else if (kind === 'unknown') result.issues.push({ kind: 'corrupt', line, what: 'DER' });
  else result.issues.push({ kind: 'not-a-certificate', line, derKind: kind });
}

/** Reads DER bytes that may hold several certificates back to back (a chain saved as one .cer); otherwise one blob. */
async function readDer(der: Uint8Array, line: number | null, result: MutableRead): Promise<void> {
  const run = splitDerRun(der);
  if (run !== null && run.length > 1 && run.every((part) => classifyDer(part) === 'certificate')) {
    if (overCertificateLimit(run.length, line, result)) return;
    for (const part of run) await addCertificate(part, line, result);
  } else {
    await readDerBlob(der, line, result);
  }
}

/** PEM labels by what they hold, for blocks that are not certificates. Such a block's content is never decoded. */
const LABEL_KINDS: Readonly<Record<string, DerKind>> = {
  'PRIVATE KEY': 'private-key',
  'RSA PRIVATE KEY': 'private-key',
  'EC PRIVATE KEY': 'private-key',
  'DSA PRIVATE KEY': 'private-key',
  'ENCRYPTED PRIVATE KEY': 'encrypted-private-key',
  'CERTIFICATE REQUEST': 'csr',
  'X509 CRL': 'crl',
  'PUBLIC KEY': 'public-key',
  'RSA PUBLIC KEY': 'public-key',
  PKCS12: 'pkcs12',
};

async function readBlock(block: PemBlock, result: MutableRead): Promise<void> {
  const line = block.beginLine;
  if (block.label !== 'CERTIFICATE' && block.label !== 'PKCS7') {
    // Never decode or keep a key's content: the label is enough to say what it is.
    result.issues.push({ kind: 'not-a-certificate', line, derKind: LABEL_KINDS[block.label] ?? 'unknown', label: block.label });
    return;
  }
  const read = blockDer(block);
  if (!read) {
    const invalid = block.issues.find((issue) => issue.kind === 'invalid-characters');
    if (block.endLine === null || block.base64.length < 8) result.issues.push({ kind: 'truncated', line });
    else if (invalid) result.issues.push({ kind: 'corrupt', line: invalid.line, ...(invalid.column ? { column: invalid.column } : {}), what: 'base64' });
    else result.issues.push({ kind: 'corrupt', line, what: 'base64' });
    return;
  }
  const before = result.certificates.length;
  const issuesBefore = result.issues.length;
  await readDerBlob(read.der, line, result);
  if (result.certificates.length > before) {
    const repairs = repairsFromIssues(block.issues);
    if (block.endLine === null) repairs.push(makeRepair('missing-end', line));
    if (read.trailing) repairs.push(makeRepair('trailing-data', line));
    result.repairs.push(...repairs);
  } else if (block.endLine === null && result.issues.length > issuesBefore) {
    result.issues.splice(issuesBefore, result.issues.length - issuesBefore, { kind: 'truncated', line });
  } else if (block.endLine !== null && result.issues[issuesBefore]?.kind === 'truncated') {
    // BEGIN and END are both there, so data is missing from the middle (lines lost in copying).
    result.issues.splice(issuesBefore, 1, { kind: 'corrupt', line, what: 'lines missing' });
  }
}

/** The DER of each non-empty line when every such line holds whole certificates of its own and there are several; else null. */
function certificatesPerLine(text: string): { der: Uint8Array; line: number }[] | null {
  const found: { der: Uint8Array; line: number }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const decoded = decodeBase64(line);
    if (!decoded.ok || splitDerRun(decoded.value) === null || classifyDer(decoded.value) !== 'certificate') return null;
    found.push({ der: decoded.value, line: i + 1 });
  }
  return found.length > 1 ? found : null;
}

/** Reads base64 without armour: one certificate per line (as list cells hold them), or the whole text as one DER run. */
async function readBareBase64(text: string, result: MutableRead): Promise<boolean> {
  const perLine = certificatesPerLine(text);
  if (perLine !== null) {
    if (overCertificateLimit(perLine.length, 1, result)) return true;
    for (const { der, line } of perLine) await addCertificate(der, line, result);
    return true;
  }
  // Plain words can be valid base64 too: only a DER SEQUENCE counts as a certificate's remains.
  const bare = decodeBase64(text);
  if (!bare.ok || bare.value[0] !== 0x30) return false;
  await readDer(bare.value, 1, result);
  return true;
}

/** Reads a text file: PEM blocks, stray END markers, or bare base64. */
async function readText(bytes: Uint8Array, result: MutableRead): Promise<void> {
  const decoded = decodeText(bytes);
  const normalised = normaliseText(decoded.text);
  const text = normalised.text;
  const scan = scanPem(text);
  const textRepairs: Repair[] = [...decoded.repairs, ...normalised.repairs].map((repair) => makeRepair(repair.kind, repair.line));
  if (scan.outsideTextLine !== null && scan.blocks.length > 0) textRepairs.push(makeRepair('text-around', scan.outsideTextLine));
  const certificateBlocks = scan.blocks.filter((block) => block.label === 'CERTIFICATE').length;
  if (overCertificateLimit(certificateBlocks, null, result)) return;
  for (const block of scan.blocks) await readBlock(block, result);
  for (const line of scan.strayEndLines) if (!scan.blocks.some((block) => block.endLine === line)) result.issues.push({ kind: 'truncated', line });
  if (scan.blocks.length === 0 && BARE_BASE64.test(text) && text.trim().length >= 16) {
    const read = await readBareBase64(text, result);
    if (read && result.certificates.length > 0) textRepairs.push(makeRepair('armour-added', 1));
  }
  if (result.certificates.length > 0) result.repairs.unshift(...textRepairs);
}

/** Reads a certificate file or pasted text as leniently as is safe (see the module comment). Never throws. */
export async function readCertificateFile(bytes: Uint8Array): Promise<CertificateFileRead> {
  const result: MutableRead = { certificates: [], issues: [], repairs: [] };
  try {
    if (looksLikeDer(bytes)) await readDer(bytes.slice(), null, result);
    else await readText(bytes, result);
  } catch {
    result.issues.push({ kind: 'corrupt', line: null, what: 'unexpected content' });
  }
  if (result.certificates.length === 0 && result.issues.length === 0) result.issues.push({ kind: 'no-certificate' });
  return { ...result, text: result.certificates.map((certificate) => encodePem(certificate.der)).join('') };
}
