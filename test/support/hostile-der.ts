/**
 * Hostile DER for the parser-limit tests and the fuzz suite: encodings that are well formed as TLVs
 * but built to make a careless parser work super-linearly (one huge OID arc, thousands of arcs, deep
 * nesting), and a splice that puts such an element inside a real certificate (re-encoding every
 * enclosing length) so the hostile part reaches the code that reads certificates.
 */
import { readElement, type DerElement } from '../../shared/pki/der/der-reader';
import { encodeDer } from '../../shared/pki/der/der-writer';

/** OID content octets: arc 1.2, then one subidentifier of `octets` base-128 digits (a single arc far beyond any real one). */
export function hugeArcOidContent(octets: number): Uint8Array {
  const content = new Uint8Array(1 + octets).fill(0x81);
  content[0] = 0x2a;
  content[content.length - 1] = 0x01;
  return content;
}

/** OID content octets: arc 1.2, then `arcs` one-octet arcs (1.2.1.1.1…). */
export function manyArcsOidContent(arcs: number): Uint8Array {
  const content = new Uint8Array(1 + arcs).fill(0x01);
  content[0] = 0x2a;
  return content;
}

/** An OBJECT IDENTIFIER element with the given content octets. */
export const oidElement = (content: Uint8Array): Uint8Array => encodeDer(0x06, content);

/** `depth` SEQUENCEs nested in one another around `core` (definite lengths, so every header is valid DER). */
export function nestedSequences(depth: number, core: Uint8Array = new Uint8Array([0x05, 0x00])): Uint8Array {
  // Built from the inside out in one buffer: each level adds a header of at most 6 octets.
  const headers: Uint8Array[] = [];
  let length = core.length;
  for (let level = 0; level < depth; level++) {
    const header = new Uint8Array([0x30, ...(length < 0x80 ? [length] : lengthBytes(length))]);
    headers.push(header);
    length += header.length;
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (let level = headers.length - 1; level >= 0; level--) {
    out.set(headers[level]!, at);
    at += headers[level]!.length;
  }
  out.set(core, at);
  return out;
}

function lengthBytes(length: number): number[] {
  const octets: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) octets.unshift(rest & 0xff);
  return [0x80 | octets.length, ...octets];
}

const isConstructed = (element: DerElement): boolean => (element.tag & 0x20) !== 0;

/**
 * `der` with the first element (depth first, inside constructed elements only) whose whole TLV equals
 * `target` replaced by `replacement`, every enclosing length re-encoded; null when `target` is not found.
 */
export function spliceElement(der: Uint8Array, target: Uint8Array, replacement: Uint8Array): Uint8Array | null {
  const element = readElement(der, 0);
  if (typeof element === 'string') return null;
  return splice(der, element, target, replacement);
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function splice(bytes: Uint8Array, element: DerElement, target: Uint8Array, replacement: Uint8Array): Uint8Array | null {
  if (sameBytes(bytes.subarray(element.start, element.end), target)) return replacement;
  if (!isConstructed(element)) return null;
  const parts: Uint8Array[] = [];
  let found = false;
  for (let pos = element.contentStart; pos < element.end; ) {
    const child = readElement(bytes, pos, element.end);
    if (typeof child === 'string') return null;
    const replaced = found ? null : splice(bytes, child, target, replacement);
    if (replaced) found = true;
    parts.push(replaced ?? bytes.subarray(child.start, child.end));
    pos = child.end;
  }
  if (!found) return null;
  const total = parts.reduce((sum, part) => sum + part.length, 0);
  const content = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    content.set(part, at);
    at += part.length;
  }
  return encodeDer(element.tag, content);
}
