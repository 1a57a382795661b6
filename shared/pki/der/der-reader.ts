/**
 * A minimal, bounds-checked ASN.1 DER TLV reader (ITU-T X.690 §8.1, §10) over a Uint8Array.
 * It reads one element at a time without copying, so the certificate fast path can walk a
 * certificate with a handful of small objects. It never throws: bad input gives a failure value.
 */

/** Universal and context tags (the whole identifier octet) used by the certificate walkers. */
export const DER_TAG = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  objectIdentifier: 0x06,
  utf8String: 0x0c,
  printableString: 0x13,
  teletexString: 0x14,
  ia5String: 0x16,
  utcTime: 0x17,
  generalizedTime: 0x18,
  universalString: 0x1c,
  bmpString: 0x1e,
  sequence: 0x30,
  set: 0x31,
} as const;

/** One TLV: where it starts, where its content is (`contentStart`..`end`, end exclusive). */
export interface DerElement {
  /** The first identifier octet: class (bits 8–7), constructed (bit 6) and, below 31, the tag number. */
  readonly tag: number;
  /** The tag number (the high-tag-number form of X.690 §8.1.2.4 decoded). */
  readonly tagNumber: number;
  /** Offset of the identifier octet. */
  readonly start: number;
  /** Offset of the first content octet. */
  readonly contentStart: number;
  /** Offset just past the last content octet. */
  readonly end: number;
}

/**
 * Why an element could not be read: `truncated` when it runs past the limit given,
 * `malformed` when its header breaks DER (indefinite length, absurd length, bad tag).
 */
export type DerFailure = 'truncated' | 'malformed';

/** Longest length field accepted: 4 octets (lengths up to 4 GiB; certificates are a few KB). */
const MAX_LENGTH_OCTETS = 4;

/**
 * Reads the TLV starting at `offset`, which must end at or before `limit` (default: the end of
 * `bytes`). Returns the element, or a failure value; never throws.
 */
export function readElement(bytes: Uint8Array, offset: number, limit: number = bytes.length): DerElement | DerFailure {
  const end = limit < bytes.length ? limit : bytes.length;
  if (offset >= end) return 'truncated';
  const tag = bytes[offset]!;
  let pos = offset + 1;
  let tagNumber = tag & 0x1f;
  if (tagNumber === 0x1f) {
    // High-tag-number form (X.690 §8.1.2.4): base-128 digits, last one with bit 8 clear.
    tagNumber = 0;
    for (let digits = 0; ; digits++) {
      if (pos >= end) return 'truncated';
      if (digits === 4) return 'malformed';
      const b = bytes[pos++]!;
      tagNumber = tagNumber * 128 + (b & 0x7f);
      if ((b & 0x80) === 0) break;
    }
  }
  if (pos >= end) return 'truncated';
  const first = bytes[pos++]!;
  let length: number;
  if (first < 0x80) {
    length = first;
  } else {
    const count = first & 0x7f;
    // 0x80 is the indefinite form, which DER forbids (X.690 §10.1); 0xff is reserved (§8.1.3.5).
    if (count === 0 || count > MAX_LENGTH_OCTETS) return 'malformed';
    if (pos + count > end) return 'truncated';
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + bytes[pos++]!;
  }
  const contentEnd = pos + length;
  if (contentEnd > end) return 'truncated';
  return { tag, tagNumber, start: offset, contentStart: pos, end: contentEnd };
}

/** True when a read result is a failure value rather than an element. */
export function isDerFailure(value: DerElement | DerFailure): value is DerFailure {
  return typeof value === 'string';
}

/** Reads the element at `offset` inside `parent` and checks its identifier octet; null when absent or different. */
export function readExpected(bytes: Uint8Array, offset: number, parent: DerElement, tag: number): DerElement | null {
  const element = readElement(bytes, offset, parent.end);
  return typeof element !== 'string' && element.tag === tag ? element : null;
}

/** Every direct child of a constructed element, or a failure value when one does not fit inside it. */
export function readChildren(bytes: Uint8Array, parent: DerElement): DerElement[] | DerFailure {
  const children: DerElement[] = [];
  for (let pos = parent.contentStart; pos < parent.end; ) {
    const child = readElement(bytes, pos, parent.end);
    if (typeof child === 'string') return child;
    children.push(child);
    pos = child.end;
  }
  return children;
}

/** The content octets of an element, as a view (no copy). */
export function contentOf(bytes: Uint8Array, element: DerElement): Uint8Array {
  return bytes.subarray(element.contentStart, element.end);
}
