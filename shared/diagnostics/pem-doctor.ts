import { decodeBase64 } from '../encoding/base64';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Finding } from '../model/finding';
import { readElement } from '../pki/der/der-reader';
import { encodePem } from '../pki/pem/encode-pem';
import { summarizeCertificate } from '../pki/certificate/summarize-certificate';
import { classifyDer, looksLikeDer } from '../pki/classify-der';
import { decodeText, normaliseText } from '../pki/pem/normalise-text';
import { corruptFinding, noCertificateFinding, notACertificateFinding, pkcs7Finding, repairFinding, truncatedFinding } from './pem-doctor-findings';
import { makeRepair, repairsFromIssues, type Repair } from '../pki/pem/pem-repairs';
import { scanPem, type PemBlock } from '../pki/pem/pem-scan';
import { readPkcs7Certificates } from '../pki/pkcs7';

export type { Repair } from '../pki/pem/pem-repairs';

/** One certificate the doctor could read, with the line of its block (null for DER input). */
export interface LenientCertificate {
  readonly der: Uint8Array;
  readonly summary: CertificateSummary;
  readonly line: number | null;
}

/** What a pasted text or opened file held: the certificates, the findings (repairs and refusals), and the repaired PEM. */
export interface LenientRead {
  readonly certificates: LenientCertificate[];
  readonly findings: Finding[];
  readonly repairs: Repair[];
  /** Every certificate read, as strict PEM (LF, 64-character lines), in file order. */
  readonly text: string;
}

const BARE_BASE64 = /^[A-Za-z0-9+/=\s]+$/;

/** The DER of a certificate block: decoded base64, with anything after the first element (TRUSTED CERTIFICATE aux data) cut off. */
function blockDer(block: PemBlock): { der: Uint8Array; trailing: boolean } | null {
  // A character outside the base64 alphabet inside the body means damage, not layout: refuse rather
  // than guess (the shared decoder would read "-" and "_" as URL-safe base64 and alter the certificate).
  if (block.issues.some((issue) => issue.kind === 'invalid-characters')) return null;
  const decoded = decodeBase64(block.base64);
  if (!decoded.ok || decoded.value.length === 0) return null;
  const element = readElement(decoded.value, 0);
  if (typeof element !== 'string' && element.end < decoded.value.length) return { der: decoded.value.subarray(0, element.end), trailing: true };
  return { der: decoded.value, trailing: false };
}

/** Text repairs, the scan, and for each block its issues and DER: the shared first half of both entry points. */
function examine(input: string) {
  const normalised = normaliseText(input);
  const scan = scanPem(normalised.text);
  const repairs: Repair[] = normalised.repairs.map((repair) => makeRepair(repair.kind, repair.line));
  if (scan.outsideTextLine !== null && scan.blocks.length > 0) repairs.push(makeRepair('text-around', scan.outsideTextLine));
  return { text: normalised.text, scan, repairs };
}

/**
 * Repairs certificate text so that strict parsers (@peculiar/x509, `openssl x509`) accept it: BOM,
 * line endings, quoting, blank lines, whitespace, dash counts, label case, glued blocks, odd wrapping,
 * bare base64. Returns only the certificate blocks, re-armoured (RFC 7468 §2); other blocks (keys!)
 * are never copied. Pure and synchronous; certificates are not decoded here (see readCertificatesLeniently).
 */
export function repairCertificateText(input: string): { text: string; repairs: Repair[] } {
  const { text, scan, repairs } = examine(input);
  const out: string[] = [];
  for (const block of scan.blocks) {
    if (block.label !== 'CERTIFICATE') continue;
    const read = blockDer(block);
    if (!read) continue;
    repairs.push(...repairsFromIssues(block.issues));
    if (block.endLine === null) repairs.push(makeRepair('missing-end', block.beginLine));
    if (read.trailing) repairs.push(makeRepair('trailing-data', block.beginLine));
    out.push(encodePem(read.der));
  }
  if (scan.blocks.length === 0 && BARE_BASE64.test(text) && text.trim().length >= 16) {
    const decoded = decodeBase64(text);
    if (decoded.ok && classifyDer(decoded.value) === 'certificate') {
      repairs.push(makeRepair('armour-added', 1));
      out.push(encodePem(decoded.value));
    }
  }
  return { text: out.join(''), repairs: out.length > 0 ? repairs : [] };
}

/** Reads DER bytes: one certificate, a PKCS#7 bundle, or a typed refusal. */
async function readDer(der: Uint8Array, line: number | null, fileName: string, result: LenientRead): Promise<void> {
  const kind = classifyDer(der);
  if (kind === 'pkcs7') {
    const bundle = readPkcs7Certificates(der);
    if (!bundle.ok) {
      result.findings.push(corruptFinding(fileName, line, 'PKCS#7'));
      return;
    }
    result.findings.push(pkcs7Finding(fileName, line, bundle.certificates.length));
    for (const certificate of bundle.certificates) await addCertificate(certificate, line, fileName, result);
    return;
  }
  if (kind !== 'certificate') {
    const top = readElement(der, 0);
    if (top === 'truncated') result.findings.push(truncatedFinding(fileName, line));
    else result.findings.push(kind === 'unknown' ? corruptFinding(fileName, line, 'DER') : notACertificateFinding(kind, fileName, line));
    return;
  }
  await addCertificate(der, line, fileName, result);
}

async function addCertificate(der: Uint8Array, line: number | null, fileName: string, result: LenientRead): Promise<void> {
  const summary = await summarizeCertificate(der);
  if (summary.ok) result.certificates.push({ der, summary: summary.value, line });
  else if (summary.error === 'truncated') result.findings.push(truncatedFinding(fileName, line));
  else result.findings.push(corruptFinding(fileName, line, 'X.509'));
}

const LABEL_KINDS: Readonly<Record<string, ReturnType<typeof classifyDer>>> = {
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

async function readBlock(block: PemBlock, fileName: string, result: LenientRead): Promise<void> {
  const line = block.beginLine;
  if (block.label !== 'CERTIFICATE' && block.label !== 'PKCS7') {
    // Never decode or keep a key's content: the label is enough to say what it is.
    result.findings.push(notACertificateFinding(LABEL_KINDS[block.label] ?? 'unknown', fileName, line, block.label));
    return;
  }
  const read = blockDer(block);
  if (!read) {
    result.findings.push(block.endLine === null || block.base64.length < 8 ? truncatedFinding(fileName, line) : corruptFinding(fileName, line, 'base64'));
    return;
  }
  const before = result.certificates.length;
  const findingsBefore = result.findings.length;
  await readDer(read.der, line, fileName, result);
  const readOk = result.certificates.length > before;
  if (readOk) {
    const repairs = repairsFromIssues(block.issues);
    if (block.endLine === null) repairs.push(makeRepair('missing-end', line));
    if (read.trailing) repairs.push(makeRepair('trailing-data', line));
    result.repairs.push(...repairs);
  } else if (block.endLine === null && result.findings.length > findingsBefore) {
    result.findings.splice(findingsBefore, result.findings.length - findingsBefore, truncatedFinding(fileName, line));
  } else if (block.endLine !== null && result.findings[findingsBefore]?.code === 'truncated') {
    // BEGIN and END are both there, so data is missing from the middle (lines lost in copying).
    result.findings.splice(findingsBefore, 1, corruptFinding(fileName, line, 'lines missing'));
  }
}

/**
 * Reads a certificate file or pasted text as leniently as is safe: repairs PEM layout, reads DER,
 * bare base64 and PKCS#7 (.p7b, PEM or DER), and refuses, with a typed finding, what is not a
 * certificate (`not-a-certificate`: a private key — never shown or kept —, a CSR, a CRL…), what is cut
 * off (`truncated`) or damaged (`pem-corrupt`). Every repair becomes a `pem-repaired` warning. Never throws.
 */
export async function readCertificatesLeniently(fileName: string, bytes: Uint8Array): Promise<LenientRead> {
  const result: LenientRead = { certificates: [], findings: [], repairs: [], text: '' };
  try {
    if (looksLikeDer(bytes)) await readDer(bytes.slice(), null, fileName, result);
    else {
      const decoded = decodeText(bytes);
      const { text, scan, repairs } = examine(decoded.text);
      const textRepairs = [...decoded.repairs.map((repair) => makeRepair(repair.kind, repair.line)), ...repairs];
      for (const block of scan.blocks) await readBlock(block, fileName, result);
      for (const line of scan.strayEndLines) if (!scan.blocks.some((block) => block.endLine === line)) result.findings.push(truncatedFinding(fileName, line));
      if (scan.blocks.length === 0 && BARE_BASE64.test(text) && text.trim().length >= 16) {
        const bare = decodeBase64(text);
        if (bare.ok) {
          await readDer(bare.value, 1, fileName, result);
          if (result.certificates.length > 0) textRepairs.push(makeRepair('armour-added', 1));
        }
      }
      if (result.certificates.length > 0) result.repairs.unshift(...textRepairs);
    }
  } catch {
    result.findings.push(corruptFinding(fileName, null, 'unexpected content'));
  }
  if (result.certificates.length === 0 && result.findings.length === 0) result.findings.push(noCertificateFinding(fileName));
  result.findings.unshift(...result.repairs.map((repair) => repairFinding(repair, fileName)));
  return { ...result, text: result.certificates.map((certificate) => encodePem(certificate.der)).join('') };
}
