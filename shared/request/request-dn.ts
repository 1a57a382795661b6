import type { DnAttribute } from '../pki/certificate/distinguished-name';

/**
 * The subject DN as a request file writes it (column 1): `CN=…,O=…,L=…,ST=…,C=JP`, most specific
 * attribute first, commas without spaces, `\` escaping a comma, plus or backslash in a value.
 */

/** One attribute of column 1. */
export interface RequestDnPart {
  readonly type: string;
  readonly value: string;
}

/** The attributes a server request's DN has, in the order column 1 writes them. */
export const SERVER_DN_ORDER: readonly string[] = ['CN', 'O', 'L', 'ST', 'C'];

/** Splits column 1 into its attributes; null when a part is not `TYPE=value`. */
export function parseRequestDn(text: string): RequestDnPart[] | null {
  const parts: RequestDnPart[] = [];
  let current = '';
  const flush = (): boolean => {
    const equals = current.indexOf('=');
    if (equals <= 0) return false;
    parts.push({ type: current.slice(0, equals).trim().toUpperCase(), value: unescape(current.slice(equals + 1)) });
    current = '';
    return true;
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length) {
      current += char + text[++i]!;
    } else if (char === ',') {
      if (!flush()) return null;
    } else {
      current += char;
    }
  }
  return flush() ? parts : null;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, '$1');
}

function escape(value: string): string {
  return value.replace(/([,+\\])/g, '\\$1');
}

/** Column 1's text for these attributes, most specific first (CN first when the parts come C first, as a CSR's usually do). */
export function formatRequestDn(parts: readonly RequestDnPart[]): string {
  const cnFirst = parts.length === 0 || parts[0]!.type === 'CN' || parts.at(-1)!.type !== 'CN' ? parts : [...parts].reverse();
  return cnFirst.map((part) => `${part.type}=${escape(part.value)}`).join(',');
}

/** The CSR subject's attributes as request DN parts (types by short name). */
export function dnPartsOfCsr(subject: readonly DnAttribute[]): RequestDnPart[] {
  return subject.map((attribute) => ({ type: attribute.type.toUpperCase(), value: attribute.value }));
}

/** True when two attribute lists are the same attributes with the same values, in this order or exactly reversed. */
export function sameDnParts(a: readonly RequestDnPart[], b: readonly RequestDnPart[]): boolean {
  const same = (x: readonly RequestDnPart[], y: readonly RequestDnPart[]) => x.length === y.length && x.every((part, index) => part.type === y[index]!.type && part.value === y[index]!.value);
  return same(a, b) || same(a, [...b].reverse());
}
