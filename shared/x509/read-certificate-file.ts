import { decodeBase64 } from '../encoding/base64';
import type { CertificateSummary } from '../model/certificate-summary';
import type { Problem } from '../model/problem';
import {
  decodeFailureProblem,
  emptyFileProblem,
  invalidBase64Problem,
  missingEndProblem,
  notCertificateFileProblem,
} from './certificate-file-problems';
import { readElement } from '../pki/der/der-reader';
import { decodePemBlock, scanPem } from '../pki/pem/encode-pem';
import { summarizeCertificate } from '../pki/certificate/summarize-certificate';

/** One certificate read from a file, with the line of its BEGIN marker (null for DER and bare base64). */
export interface LoadedCertificate {
  readonly der: Uint8Array;
  readonly summary: CertificateSummary;
  readonly line: number | null;
}

/** A PEM block that is not a certificate: only its label and line are kept, never its content (it may be a private key). */
export interface OtherPemBlock {
  readonly label: string;
  readonly line: number;
}

/** What a loose certificate file (.pem, .crt, .cer, .der) holds. */
export interface CertificateFileContent {
  readonly fileName: string;
  readonly certificates: LoadedCertificate[];
  readonly otherBlocks: OtherPemBlock[];
  readonly problems: Problem[];
}

/** PEM labels that hold a certificate (RFC 7468 §5.1; "X509 CERTIFICATE" and OpenSSL's "TRUSTED CERTIFICATE" seen in the wild). */
const CERTIFICATE_LABELS = new Set(['CERTIFICATE', 'X509 CERTIFICATE', 'TRUSTED CERTIFICATE']);
const BARE_BASE64 = /^[A-Za-z0-9+/=_\-\s]+$/;

/** Text of a file: UTF-8 (BOM dropped) or, with a UTF-16 BOM, UTF-16 as Windows Notepad writes it. */
function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  return new TextDecoder('utf-8').decode(bytes.subarray(start));
}

/** Splits bytes into consecutive DER elements (a DER file may hold several certificates back to back); the rest when one does not fit. */
function splitDer(bytes: Uint8Array): { ders: Uint8Array[]; rest: Uint8Array | null } {
  const ders: Uint8Array[] = [];
  for (let pos = 0; pos < bytes.length; ) {
    const element = bytes[pos] === 0x30 ? readElement(bytes, pos) : 'malformed';
    if (typeof element === 'string') return { ders, rest: bytes.subarray(pos) };
    ders.push(bytes.subarray(pos, element.end));
    pos = element.end;
  }
  return { ders, rest: null };
}

/** Summarises one DER certificate into `content`, or records why it could not be read. */
async function addCertificate(content: CertificateFileContent, der: Uint8Array, line: number | null): Promise<void> {
  const summary = await summarizeCertificate(der);
  if (summary.ok) content.certificates.push({ der, summary: summary.value, line });
  else content.problems.push(decodeFailureProblem(summary.error, { file: content.fileName, line }));
}

/** Reads DER bytes (one certificate or several back to back). */
async function readDer(content: CertificateFileContent, bytes: Uint8Array, line: number | null): Promise<void> {
  const { ders, rest } = splitDer(bytes);
  for (const der of ders) await addCertificate(content, der, line);
  // A cut-off last element is reported on its own, so that a truncated download says "truncated".
  if (rest !== null && (ders.length === 0 || rest.some((b) => b !== 0 && b !== 0x0a && b !== 0x0d))) {
    await addCertificate(content, rest, line);
  }
}

/** Reads the PEM blocks of a text. */
async function readPem(content: CertificateFileContent, text: string): Promise<void> {
  const scan = scanPem(text);
  for (const block of scan.blocks) {
    if (!CERTIFICATE_LABELS.has(block.label)) {
      content.otherBlocks.push({ label: block.label, line: block.startLine });
      continue;
    }
    const decoded = decodePemBlock(block);
    if (!decoded.ok) {
      const place = { file: content.fileName, line: decoded.error.line, column: decoded.error.column };
      content.problems.push(decoded.error.reason === 'empty' ? decodeFailureProblem('truncated', place) : invalidBase64Problem(place));
      continue;
    }
    let der = decoded.value;
    if (block.label === 'TRUSTED CERTIFICATE') {
      // OpenSSL appends its trust settings after the certificate: keep the certificate only.
      const element = readElement(der, 0);
      if (typeof element !== 'string') der = der.subarray(0, element.end);
    }
    await addCertificate(content, der, block.startLine);
  }
  for (const open of scan.unterminated) {
    if (CERTIFICATE_LABELS.has(open.label)) content.problems.push(missingEndProblem(open.label, { file: content.fileName, line: open.line }));
    else content.otherBlocks.push({ label: open.label, line: open.line });
  }
}

/** Decoded DER of each non-empty line when every such line holds whole certificates on its own; else null. */
function certificatesPerLine(lines: readonly string[]): { der: Uint8Array; line: number }[] | null {
  const found: { der: Uint8Array; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    const decoded = decodeBase64(line);
    if (!decoded.ok || decoded.value[0] !== 0x30 || splitDer(decoded.value).rest !== null) return null;
    found.push({ der: decoded.value, line: i + 1 });
  }
  return found.length > 1 ? found : null;
}

/** Reads base64 without armour: one certificate per line (as in TSV cells), or the whole text as one DER run. */
async function readBareBase64(content: CertificateFileContent, text: string): Promise<void> {
  const lines = text.split(/\r\n|\r|\n/);
  const perLine = certificatesPerLine(lines);
  if (perLine !== null) {
    for (const { der, line } of perLine) await readDer(content, der, line);
    return;
  }
  // Plain words can be valid base64 too: only a DER SEQUENCE counts; anything else is "not a certificate file".
  const whole = decodeBase64(text);
  if (whole.ok && whole.value[0] === 0x30) await readDer(content, whole.value, null);
}

/**
 * Reads a loose certificate file: PEM with one or many blocks (text around them allowed; CRLF,
 * LF, UTF-8 BOM), raw DER (one or several certificates), or base64 without armour. Non-certificate
 * PEM blocks are listed by label and line only. Never throws; every failure is a Problem.
 */
export async function readCertificateFile(fileName: string, bytes: Uint8Array): Promise<CertificateFileContent> {
  const content: CertificateFileContent = { fileName, certificates: [], otherBlocks: [], problems: [] };
  if (bytes.length === 0) {
    content.problems.push(emptyFileProblem(fileName));
    return content;
  }
  if (bytes[0] === 0x30 && splitDer(bytes).rest === null) {
    await readDer(content, bytes, null);
  } else {
    const text = decodeText(bytes);
    if (text.includes('-----BEGIN ')) await readPem(content, text);
    else if (text.trim().length >= 16 && BARE_BASE64.test(text)) await readBareBase64(content, text);
    else if (bytes[0] === 0x30) await readDer(content, bytes, null);
  }
  if (content.certificates.length === 0 && content.problems.length === 0) {
    content.problems.push(notCertificateFileProblem(fileName, content.otherBlocks.map((b) => b.label)));
  }
  return content;
}
