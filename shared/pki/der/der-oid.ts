import { countOperation } from '../../model/operation-count';
import { limitExceeded, PARSER_LIMITS, type LimitExceeded } from '../../model/parser-limits';
import { err, ok, type Result } from '../../model/result';
import type { DerElement } from './der-reader';

/** Arcs stay plain numbers below this; larger arcs (UUID OIDs under 2.25) switch to BigInt. */
const SAFE_ARC = 2 ** 45;

/** Why OID content octets gave no text: empty, the last arc unterminated, or a limit of PARSER_LIMITS exceeded. */
export type OidProblem = 'empty' | 'unterminated' | LimitExceeded;

/**
 * The limits an OID's content octets break, checked before any arc is decoded: the whole length
 * (oidOctets) from the length alone, then the longest run of base-128 digits (oidArcOctets) in one
 * pass. Null when within both.
 */
export function oidLimitExceeded(bytes: Uint8Array, start: number, end: number): LimitExceeded | null {
  if (end - start > PARSER_LIMITS.oidOctets) return limitExceeded('oidOctets', end - start);
  let arcOctets = 0;
  for (let i = start; i < end; i++) {
    arcOctets = (bytes[i]! & 0x80) !== 0 ? arcOctets + 1 : 0;
    if (arcOctets >= PARSER_LIMITS.oidArcOctets) return limitExceeded('oidArcOctets', arcOctets + 1, true);
  }
  return null;
}

/**
 * Reads OBJECT IDENTIFIER content octets (X.690 §8.19) as dotted text such as "2.5.4.3", in time
 * linear in the octets: the limits are checked first, so no arc grows past 20 octets (a BigInt of at
 * most 140 bits) and no OID past 255 octets.
 */
export function readOidText(bytes: Uint8Array, start: number, end: number): Result<string, OidProblem> {
  if (start >= end) return err('empty');
  const exceeded = oidLimitExceeded(bytes, start, end);
  if (exceeded) return err(exceeded);
  if ((bytes[end - 1]! & 0x80) !== 0) return err('unterminated');
  countOperation('oid', end - start);
  let text = '';
  let value = 0;
  let big: bigint | null = null;
  let first = true;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (big !== null) big = big * 128n + BigInt(b & 0x7f);
    else if (value >= SAFE_ARC) big = BigInt(value) * 128n + BigInt(b & 0x7f);
    else value = value * 128 + (b & 0x7f);
    if (b & 0x80) continue;
    if (first) {
      // The first subidentifier packs two arcs: 40·X + Y with X in 0..2 (X.690 §8.19.4).
      first = false;
      if (big !== null) text = `2.${big - 80n}`;
      else text = value < 40 ? `0.${value}` : value < 80 ? `1.${value - 40}` : `2.${value - 80}`;
    } else {
      text += `.${big ?? value}`;
    }
    value = 0;
    big = null;
  }
  return ok(text);
}

/** OBJECT IDENTIFIER content octets as dotted text; null when empty, unterminated or over a limit (see readOidText). */
export function decodeOid(bytes: Uint8Array, start: number, end: number): string | null {
  const read = readOidText(bytes, start, end);
  return read.ok ? read.value : null;
}

/** Decodes the OID held by an OBJECT IDENTIFIER element; null when the element is not one. */
export function readOid(bytes: Uint8Array, element: DerElement): string | null {
  return element.tag === 0x06 ? decodeOid(bytes, element.contentStart, element.end) : null;
}
