import { countOperation } from '../../model/operation-count';
import { limitExceeded, PARSER_LIMITS, type LimitExceeded } from '../../model/parser-limits';
import { oidLimitExceeded } from './der-oid';
import { DER_TAG, readElement } from './der-reader';

/** One constructed element (or encapsulated DER) being walked: where its content ends and how deep it is. */
interface Frame {
  readonly end: number;
  readonly depth: number;
}

/**
 * The first structural limit of PARSER_LIMITS that DER bytes break, found in one pass over their
 * element headers: nesting depth (derDepth, counting DER encapsulated in OCTET and BIT STRINGs, as
 * X.509 extension values and keys are) and every OBJECT IDENTIFIER's length (oidOctets,
 * oidArcOctets). Run before bytes reach @peculiar/x509 or another recursive parser, so those only
 * ever see input whose cost is linear in its size. Each header is read once, so the walk is linear
 * too. Malformed parts are skipped, not judged: the parser that follows refuses them. Null when
 * within every limit.
 */
export function derLimitExceeded(bytes: Uint8Array, start = 0, end = bytes.length): LimitExceeded | null {
  const stack: Frame[] = [{ end, depth: 0 }];
  let pos = start;
  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (pos >= frame.end) {
      stack.pop();
      pos = frame.end;
      continue;
    }
    const element = readElement(bytes, pos, frame.end);
    if (typeof element === 'string') {
      // Not DER from here on (or not encapsulated DER after all): leave this level.
      pos = frame.end;
      continue;
    }
    countOperation('der-walk');
    pos = element.end;
    if (element.tag === DER_TAG.objectIdentifier) {
      const oid = oidLimitExceeded(bytes, element.contentStart, element.end);
      if (oid) return oid;
      continue;
    }
    const inner = innerStart(bytes, element.tag, element.contentStart, element.end);
    if (inner === null) continue;
    const depth = frame.depth + 1;
    if (depth > PARSER_LIMITS.derDepth) return limitExceeded('derDepth', depth, true);
    stack.push({ end: element.end, depth });
    pos = inner;
  }
  return null;
}

/** Where the child elements of an element start: its content when constructed, or encapsulated DER in an OCTET / BIT STRING; null for none. */
function innerStart(bytes: Uint8Array, tag: number, contentStart: number, end: number): number | null {
  if ((tag & 0x20) !== 0) return contentStart;
  // Encapsulated DER starts with a constructed universal tag (SEQUENCE or SET); anything else is plain data.
  const looksEncapsulated = (at: number): boolean => at < end && (bytes[at] === DER_TAG.sequence || bytes[at] === DER_TAG.set);
  if (tag === DER_TAG.octetString && looksEncapsulated(contentStart)) return contentStart;
  // A BIT STRING's first octet counts its unused bits; a key or signature inside has none.
  if (tag === DER_TAG.bitString && bytes[contentStart] === 0 && looksEncapsulated(contentStart + 1)) return contentStart + 1;
  return null;
}
