import { decodeBase64 } from '../../encoding/base64';
import type { LocalizedText } from '../../model/localized-text';
import { classifyDer, type DerKind } from '../classify-der';

/**
 * Finding private-key material where none belongs (a TSV cell, a free-text field), so that front ends
 * say what it is and where instead of showing its bytes. A key that reaches a screen, a terminal
 * scroll-back, a JSON log or a CSV mailed around is a leaked key.
 */

/** Where key material starts in a text: 1-based line and column. */
export interface KeyMaterialPlace {
  readonly line: number;
  readonly column: number;
}

// PEM labels of private keys (RFC 7468 §10, §11; OpenSSL's traditional RSA/EC/DSA forms; OpenSSH),
// also when the dashes were mangled, and PuTTY's key file header.
const KEY_MARKER = /BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY|PuTTY-User-Key-File-/;
// Base64 that may be DER, alone in a cell or after other text: a SEQUENCE encodes as "M", and even
// the shortest key (Ed25519 PKCS#8, 48 bytes) takes 64 characters; wrapped lines follow it.
// One pass: a start inside a longer run is ruled out by the look-behind.
const DER_BASE64_RUN = /(?<![A-Za-z0-9+/])M[A-Za-z0-9+/]{59,}={0,2}(?:\s+[A-Za-z0-9+/]+={0,2})*/g;
const KEY_DER_KINDS: ReadonlySet<DerKind> = new Set<DerKind>(['private-key', 'encrypted-private-key', 'pkcs12']);

/** The 1-based line and column of offset `index` in `text`. */
function placeOf(text: string, index: number): KeyMaterialPlace {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: index - lineStart + 1 };
}

/**
 * Where private-key material starts in `text` — a PEM private key (any label, encrypted too), a PuTTY
 * key, or base64 whose DER is a PKCS#8, PKCS#1, SEC 1 or PKCS#12 key, alone or after other text — or
 * null when there is none.
 */
export function findKeyMaterial(text: string): KeyMaterialPlace | null {
  const marker = KEY_MARKER.exec(text);
  if (marker !== null) {
    const dashes = text.lastIndexOf('-----', marker.index);
    const start = dashes >= 0 && dashes >= marker.index - 5 ? dashes : marker.index;
    return placeOf(text, start);
  }
  for (const run of text.matchAll(DER_BASE64_RUN)) {
    if (isKeyBase64(run[0])) return placeOf(text, run.index);
  }
  return null;
}

/** True when a base64 run decodes to key DER; words after it (no padding inside base64) are cut off first. */
function isKeyBase64(run: string): boolean {
  const throughPadding = /^[^=]*=*/.exec(run)![0];
  const compact = throughPadding.replace(/\s+/g, '');
  const der = decodeBase64(compact.slice(0, compact.length - (compact.length % 4)));
  return der.ok && KEY_DER_KINDS.has(classifyDer(der.value));
}

/** True when `text` holds private-key material (see findKeyMaterial). */
export function hasKeyMaterial(text: string): boolean {
  return findKeyMaterial(text) !== null;
}

const NOTICE: LocalizedText = { ja: '秘密鍵が入っています。内容は表示しません', en: 'a private key is here; its content is not shown' };

/** What is shown instead of key material: what it is, never its content. */
export const KEY_MATERIAL_NOTICE: LocalizedText = { ja: `〔${NOTICE.ja}〕`, en: `[${NOTICE.en}]` };

/**
 * The notice for key material found in a field, with where it is: `line` and `column` of the field in
 * its file (a TSV row's line and cell number); the key's own line inside a multi-line cell is added.
 */
export function keyMaterialNotice(place: KeyMaterialPlace, where: { readonly line: number | null; readonly column: number | null }): LocalizedText {
  const line = where.line === null ? null : where.line + place.line - 1;
  const ja = [line === null ? '' : `${line}行目`, where.column === null ? '' : `${where.column}列目`].filter(Boolean).join(' ');
  const en = [line === null ? '' : `line ${line}`, where.column === null ? '' : `column ${where.column}`].filter(Boolean).join(', ');
  if (ja === '') return KEY_MATERIAL_NOTICE;
  return { ja: `〔${NOTICE.ja}（${ja}）〕`, en: `[${NOTICE.en} (${en})]` };
}

/** `text` as it may be shown: itself, or the notice (in `lang`) when it holds key material. */
export function withoutKeyMaterial(text: string, lang: keyof LocalizedText, where: { readonly line: number | null; readonly column: number | null } = { line: null, column: null }): string {
  const place = findKeyMaterial(text);
  return place === null ? text : keyMaterialNotice(place, where)[lang];
}
