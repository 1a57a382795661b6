import { decodeUtf32, detectUnicodeBom } from '../../encoding/unicode-bom';

/**
 * Turns the bytes of a pasted or opened text file into LF-terminated text before PEM scanning:
 * UTF-16 (Windows Notepad's "Unicode"), UTF-32 and UTF-8 with or without BOM, CRLF / lone CR / mixed line
 * endings, and literal "\n" escapes (a PEM copied out of JSON or a TSV cell). Each change that is a
 * real repair is reported; a file that is consistently CRLF is normal on Windows and is not.
 */

/** A text-level change, with the 1-based line where it was first seen. */
export interface TextRepair {
  readonly kind: 'bom' | 'utf-16' | 'utf-32' | 'mixed-line-endings' | 'lone-cr' | 'escaped-newlines' | 'missing-final-newline';
  readonly line: number;
}

/** The text of a file: UTF-32 or UTF-16 when it has that BOM, else UTF-8 (invalid bytes become U+FFFD). */
export function decodeText(bytes: Uint8Array): { text: string; repairs: TextRepair[] } {
  const bom = detectUnicodeBom(bytes);
  if (bom?.encoding === 'utf-32le' || bom?.encoding === 'utf-32be') {
    const text = decodeUtf32(bytes.subarray(bom.length), bom.encoding === 'utf-32le' ? 'le' : 'be');
    return { text, repairs: [{ kind: 'utf-32', line: 1 }] };
  }
  if (bom?.encoding === 'utf-16le' || bom?.encoding === 'utf-16be') {
    return { text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)), repairs: [{ kind: 'utf-16', line: 1 }] };
  }
  return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes), repairs: [] };
}

/** LF-only text without BOM, with the repairs that took; lines keep their numbers. */
export function normaliseText(input: string): { text: string; repairs: TextRepair[] } {
  const repairs: TextRepair[] = [];
  let text = input;
  if (text.startsWith('\ufeff')) {
    text = text.slice(1);
    repairs.push({ kind: 'bom', line: 1 });
  }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const loneCr = /\r(?!\n)/.exec(text);
  const loneLf = /(?<!\r)\n/.exec(text);
  if (loneCr) repairs.push({ kind: 'lone-cr', line: lineAt(text, loneCr.index) });
  else if (crlf > 0 && loneLf) repairs.push({ kind: 'mixed-line-endings', line: lineAt(text, loneLf.index) });
  text = text.replace(/\r\n?/g, '\n');
  // A PEM with literal "\n" escapes has markers but no real line breaks between them.
  if (/-----BEGIN [^\n]*\\n/.test(text) && /\\n/.test(text)) {
    const line = lineAt(text, text.indexOf('\\n'));
    text = text.replace(/\\r\\n|\\n|\\r/g, '\n');
    repairs.push({ kind: 'escaped-newlines', line });
  }
  if (text.trim() !== '' && !text.endsWith('\n')) {
    repairs.push({ kind: 'missing-final-newline', line: lineAt(text, text.length) });
  }
  return { text, repairs };
}

/** 1-based line of an offset, counting CRLF, lone CR and LF each as one line break. */
function lineAt(text: string, offset: number): number {
  return (text.slice(0, offset).match(/\r\n|\r|\n/g) ?? []).length + 1;
}
