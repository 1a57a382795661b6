import { decodeBase64, encodeBase64 } from '../../encoding/base64';
import { err, ok, type Result } from '../../model/result';

/**
 * PEM armour (RFC 7468): finding `-----BEGIN label-----` … `-----END label-----` blocks in text,
 * decoding their base64 bodies, and writing DER back as PEM.
 */

/** One complete PEM block found in a text. Lines are 1-based; CRLF and LF both count as one line break. */
export interface PemBlock {
  /** The label between "BEGIN " and "-----", e.g. "CERTIFICATE", "PRIVATE KEY". */
  readonly label: string;
  /** The raw text between the BEGIN and END markers (base64 with line breaks; may hold RFC 1421 headers). */
  readonly body: string;
  /** Line of the BEGIN marker. */
  readonly startLine: number;
  /** Line of the END marker. */
  readonly endLine: number;
  /** Offset in the text of the first "-" of the BEGIN marker. */
  readonly startOffset: number;
  /** Offset in the text just past the END marker. */
  readonly endOffset: number;
}

/** A BEGIN marker without its END marker (the block is cut short or another block starts first). */
export interface UnterminatedPemBlock {
  readonly label: string;
  readonly line: number;
}

/** Every block in a text, and every BEGIN marker left without its END. */
export interface PemScan {
  readonly blocks: PemBlock[];
  readonly unterminated: UnterminatedPemBlock[];
}

const BEGIN = '-----BEGIN ';
const DASHES = '-----';
// RFC 7468 §3 label: printable ASCII except "-", with single spaces or hyphens between words.
const LABEL = /^[\x21-\x2c\x2e-\x7e]+(?:[ -][\x21-\x2c\x2e-\x7e]+)*$/;
const MAX_LABEL_LENGTH = 64;

/** Counts line breaks (LF; CRLF counts once and a lone CR counts too) in text[from, to). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}

/** The label of a BEGIN marker at `at`, and where the marker ends; null when it is not a well-formed marker. */
function readMarker(text: string, at: number, prefix: string): { label: string; end: number } | null {
  const labelStart = at + prefix.length;
  const labelEnd = text.indexOf(DASHES, labelStart);
  if (labelEnd < 0 || labelEnd - labelStart > MAX_LABEL_LENGTH) return null;
  const label = text.slice(labelStart, labelEnd);
  return LABEL.test(label) ? { label, end: labelEnd + DASHES.length } : null;
}

/**
 * Finds PEM blocks anywhere in a text: markers may stand on their own lines (the usual case) or
 * inside a line (one-line PEM, text around it). The END label must repeat the BEGIN label.
 * A BEGIN marker whose END never comes, or comes only after another BEGIN, is reported as unterminated.
 */
export function scanPem(text: string): PemScan {
  const blocks: PemBlock[] = [];
  const unterminated: UnterminatedPemBlock[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    line += countLineBreaks(text, counted, offset);
    counted = offset;
    return line;
  };
  for (let at = text.indexOf(BEGIN); at >= 0; ) {
    const begin = readMarker(text, at, BEGIN);
    if (begin === null) {
      at = text.indexOf(BEGIN, at + 1);
      continue;
    }
    const startLine = lineAt(at);
    const endMarker = `-----END ${begin.label}-----`;
    const endAt = text.indexOf(endMarker, begin.end);
    const nextBegin = text.indexOf(BEGIN, begin.end);
    if (endAt < 0 || (nextBegin >= 0 && nextBegin < endAt)) {
      unterminated.push({ label: begin.label, line: startLine });
      at = nextBegin;
      continue;
    }
    const endOffset = endAt + endMarker.length;
    blocks.push({ label: begin.label, body: text.slice(begin.end, endAt), startLine, endLine: lineAt(endAt), startOffset: at, endOffset });
    at = text.indexOf(BEGIN, endOffset);
  }
  return { blocks, unterminated };
}

/** The complete PEM blocks of a text, in order (see scanPem). */
export function findPemBlocks(text: string): PemBlock[] {
  return scanPem(text).blocks;
}

/** Why a PEM body did not decode: where the first bad character is (1-based line and column). */
export interface PemDecodeError {
  readonly reason: 'invalid-base64' | 'empty';
  readonly line: number;
  readonly column: number;
}

/** Decodes a block's base64 body to DER bytes; an error value carries the line and column of the fault. */
export function decodePemBlock(block: PemBlock): Result<Uint8Array, PemDecodeError> {
  const decoded = decodeBase64(block.body);
  if (decoded.ok) {
    return decoded.value.length > 0 ? ok(decoded.value) : err({ reason: 'empty', line: block.startLine, column: 1 });
  }
  const offset = Math.min(decoded.error.offset, block.body.length);
  const line = block.startLine + countLineBreaks(block.body, 0, offset);
  if (line === block.startLine) {
    // Body on the BEGIN line (one-line PEM): count columns from the start of the BEGIN marker.
    return err({ reason: 'invalid-base64', line, column: BEGIN.length + block.label.length + DASHES.length + offset + 1 });
  }
  const lineStart = Math.max(block.body.lastIndexOf('\n', offset - 1), block.body.lastIndexOf('\r', offset - 1)) + 1;
  return err({ reason: 'invalid-base64', line, column: offset - lineStart + 1 });
}

/** PEM text of DER bytes: BEGIN line, base64 in 64-character lines (RFC 7468 §2), END line, final line break. */
export function encodePem(der: Uint8Array, label = 'CERTIFICATE', lineEnding: '\n' | '\r\n' = '\n'): string {
  const base64 = encodeBase64(der);
  const lines: string[] = [`-----BEGIN ${label}-----`];
  for (let i = 0; i < base64.length; i += 64) lines.push(base64.slice(i, i + 64));
  lines.push(`-----END ${label}-----`);
  return lines.join(lineEnding) + lineEnding;
}
