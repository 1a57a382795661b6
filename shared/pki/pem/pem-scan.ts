/**
 * A lenient scanner for PEM-like text (RFC 7468, and RFC 1421 headers for legacy encrypted keys).
 * It finds every BEGIN/END marker even when dashes are miscounted, labels are lower-case, blocks are
 * glued together or quoted in an e-mail, and records each deviation as an issue with its line, so the
 * PEM doctor can both repair the text and say what it changed. Input must have LF line endings.
 */

import { findMarkers, lineIndex } from './pem-markers';

/** A deviation from RFC 7468's strict form found in one block, with its 1-based line. */
export interface PemIssue {
  readonly kind:
    | 'dash-count'
    | 'label-case'
    | 'label-alias'
    | 'glued'
    | 'quote-prefix'
    | 'indentation'
    | 'trailing-whitespace'
    | 'blank-line'
    | 'wrapping'
    | 'invisible-characters'
    | 'invalid-characters'
    | 'label-mismatch';
  readonly line: number;
  /** 1-based column of the first offending character, where it is known (invalid characters). */
  readonly column?: number;
  /** Extra detail for the message: the wrap width, the label as written. */
  readonly detail?: string;
}

/** One block: its normalised label, RFC 1421 headers, body base64 without whitespace, lines and issues. */
export interface PemBlock {
  readonly label: string;
  readonly rawLabel: string;
  readonly headers: ReadonlyMap<string, string>;
  readonly base64: string;
  readonly beginLine: number;
  /** Line of the END marker, or null when the block never ends (cut off). */
  readonly endLine: number | null;
  readonly issues: readonly PemIssue[];
}

/** Everything found in a text: blocks, END markers without a BEGIN, and the first line of text outside blocks. */
export interface PemScan {
  readonly blocks: readonly PemBlock[];
  readonly strayEndLines: readonly number[];
  readonly outsideTextLine: number | null;
}

// Older or tool-specific spellings of the standard labels (RFC 7468 §5.1, §7, §11; OpenSSL pem.h).
const LABEL_ALIASES: Readonly<Record<string, string>> = {
  'X509 CERTIFICATE': 'CERTIFICATE',
  'TRUSTED CERTIFICATE': 'CERTIFICATE',
  'NEW CERTIFICATE REQUEST': 'CERTIFICATE REQUEST',
  'PKCS #7 SIGNED DATA': 'PKCS7',
  CMS: 'PKCS7',
};

const QUOTE_PREFIX = /^[ \t]*(?:[>|][ \t]?)+/;
const INVISIBLE = /[\u00a0\u200b\u200c\u200d\u2060\u3000\ufeff]/g;
const HAS_INVISIBLE = /[\u00a0\u200b\u200c\u200d\u2060\u3000\ufeff]/;
const NOT_BASE64_OR_SPACE = /[^A-Za-z0-9+/=\s\u00a0\u200b\u200c\u200d\u2060\u3000\ufeff]/;

function normaliseLabel(raw: string, line: number, issues: PemIssue[]): string {
  const spaced = raw.toUpperCase().replace(/\s+/g, ' ').trim();
  if (spaced !== raw) issues.push({ kind: 'label-case', line, detail: raw });
  const alias = LABEL_ALIASES[spaced];
  if (alias) issues.push({ kind: 'label-alias', line, detail: spaced });
  return alias ?? spaced;
}

/** Reads the body between two markers: RFC 1421 headers, base64, and the layout issues on the way. */
function readBody(body: string, firstLine: number, gluedToBegin: boolean, hasEnd: boolean, issues: PemIssue[]) {
  const headers = new Map<string, string>();
  const pieces: string[] = [];
  const lengths: number[] = [];
  const lines = body.split('\n');
  let seenBase64 = false;
  let blankAfterHeaders = false;
  lines.forEach((raw, index) => {
    const line = firstLine + index;
    const isFirst = index === 0;
    const isLast = index === lines.length - 1;
    let text = raw;
    if (isFirst && !gluedToBegin && text.trim() === '') return; // the rest of the BEGIN line
    if (isFirst && gluedToBegin && text.trim() !== '') issues.push({ kind: 'glued', line });
    if (isLast && hasEnd && text.trim() === '') return; // the start of the END line
    if (isLast && hasEnd && text.trim() !== '') issues.push({ kind: 'glued', line });
    const quote = QUOTE_PREFIX.exec(text);
    let quoteLength = 0;
    if (quote && /[>|]/.test(quote[0])) {
      issues.push({ kind: 'quote-prefix', line });
      quoteLength = quote[0].length;
      text = text.slice(quoteLength);
    }
    const bad = NOT_BASE64_OR_SPACE.exec(text);
    if (HAS_INVISIBLE.test(text)) {
      issues.push({ kind: 'invisible-characters', line });
      text = text.replace(INVISIBLE, '');
    }
    if (/^[ \t]+\S/.test(text)) issues.push({ kind: 'indentation', line });
    if (/\S[ \t]+$/.test(text)) issues.push({ kind: 'trailing-whitespace', line });
    text = text.trim();
    if (text === '') {
      if (headers.size > 0 && !seenBase64 && !blankAfterHeaders) blankAfterHeaders = true; // RFC 1421 §4.4
      else issues.push({ kind: 'blank-line', line });
      return;
    }
    const header = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/.exec(text);
    if (header && !seenBase64) {
      headers.set(header[1]!.toLowerCase(), header[2]!);
      return;
    }
    const compact = text.replace(/[ \t]+/g, '');
    if (!/^[A-Za-z0-9+/=]*$/.test(compact)) {
      // The column is counted on the line as written; on a body glued to its BEGIN marker it is not known.
      const column = bad && !(isFirst && gluedToBegin) ? quoteLength + bad.index + 1 : undefined;
      issues.push({ kind: 'invalid-characters', line, ...(column === undefined ? {} : { column }) });
    }
    seenBase64 = true;
    pieces.push(compact);
    lengths.push(compact.length);
  });
  const wrapWidth = lengths.length > 1 ? lengths[0]! : null;
  const oddWrap = lengths.slice(0, -1).some((length) => length !== 64) || (lengths.length > 0 && lengths[lengths.length - 1]! > 64);
  if (oddWrap) issues.push({ kind: 'wrapping', line: firstLine, detail: wrapWidth === null ? 'one line' : String(wrapWidth) });
  return { headers, base64: pieces.join('') };
}

/** Scans LF-terminated text for PEM blocks, however damaged their layout. Never throws. */
export function scanPem(text: string): PemScan {
  const lineOf = lineIndex(text);
  const markers = findMarkers(text, lineOf);
  const blocks: PemBlock[] = [];
  const strayEndLines: number[] = [];
  const insideRanges: [number, number][] = [];
  for (let i = 0; i < markers.length; i++) {
    const begin = markers[i]!;
    if (begin.kind === 'END') {
      strayEndLines.push(begin.line);
      insideRanges.push([begin.start, begin.end]);
      continue;
    }
    const issues: PemIssue[] = [];
    if (begin.dashes[0] !== 5 || begin.dashes[1] !== 5) issues.push({ kind: 'dash-count', line: begin.line });
    const label = normaliseLabel(begin.rawLabel, begin.line, issues);
    const next = markers[i + 1];
    const end = next?.kind === 'END' ? next : null;
    const bodyEnd = end ? end.start : next ? next.start : text.length;
    if (next && next.start === begin.end) issues.push({ kind: 'glued', line: next.line });
    const gluedToBegin = !/^[ \t]*\n/.test(text.slice(begin.end, bodyEnd)) && text.slice(begin.end, bodyEnd).trim() !== '';
    const { headers, base64 } = readBody(text.slice(begin.end, bodyEnd), begin.line, gluedToBegin, end !== null, issues);
    if (end) {
      if (end.dashes[0] !== 5 || end.dashes[1] !== 5) issues.push({ kind: 'dash-count', line: end.line });
      const endIssues: PemIssue[] = [];
      if (normaliseLabel(end.rawLabel, end.line, endIssues) !== label) issues.push({ kind: 'label-mismatch', line: end.line, detail: end.rawLabel });
      else issues.push(...endIssues.filter((issue) => issue.kind === 'label-case'));
      const after = text.slice(end.end, markers[i + 2]?.start ?? text.length);
      if (markers[i + 2] && markers[i + 2]!.start === end.end) issues.push({ kind: 'glued', line: end.line });
      else if (!/^[ \t]*(\n|$)/.test(after)) issues.push({ kind: 'glued', line: end.line });
      i++;
    }
    insideRanges.push([begin.start, end ? end.end : bodyEnd]);
    blocks.push({ label, rawLabel: begin.rawLabel, headers, base64, beginLine: begin.line, endLine: end ? end.line : null, issues: dedupe(issues) });
  }
  return { blocks, strayEndLines, outsideTextLine: firstOutsideLine(text, insideRanges, lineOf) };
}

function dedupe(issues: PemIssue[]): PemIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.kind}:${issue.line}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Line of the first non-blank text outside every block (quoting marks alone do not count). */
function firstOutsideLine(text: string, ranges: [number, number][], lineOf: (offset: number) => number): number | null {
  let cursor = 0;
  for (const [start, end] of [...ranges, [text.length, text.length] as [number, number]]) {
    const gap = text.slice(cursor, start);
    const found = /[^\s>|]/.exec(gap);
    if (found) return lineOf(cursor + found.index);
    cursor = end;
  }
  return null;
}
