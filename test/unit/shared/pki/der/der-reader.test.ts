import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentOf, readChildren, readElement, readExpected } from '../../../../../shared/pki/der/der-reader';
import { decodeOid } from '../../../../../shared/pki/der/der-oid';
import { derLength, oid, sequence, tlv } from './der-builder';
import { FUZZ_RUNS } from '../../../../support/fuzz-runs';

describe('readElement', () => {
  const table: { name: string; input: number[]; limit?: number; want: ReturnType<typeof readElement> }[] = [
    { name: 'reads a short-form length', input: [0x02, 0x01, 0x05], want: { tag: 2, tagNumber: 2, start: 0, contentStart: 2, end: 3 } },
    { name: 'reads an empty content', input: [0x05, 0x00], want: { tag: 5, tagNumber: 5, start: 0, contentStart: 2, end: 2 } },
    { name: 'reads a one-octet long-form length', input: [0x04, 0x81, 0x02, 1, 2], want: { tag: 4, tagNumber: 4, start: 0, contentStart: 3, end: 5 } },
    { name: 'reads a two-octet long-form length', input: [0x30, 0x82, 0x00, 0x01, 9], want: { tag: 0x30, tagNumber: 16, start: 0, contentStart: 4, end: 5 } },
    { name: 'reads a high-tag-number form', input: [0x9f, 0x81, 0x00, 0x01, 7], want: { tag: 0x9f, tagNumber: 128, start: 0, contentStart: 4, end: 5 } },
    { name: 'says truncated for no bytes', input: [], want: 'truncated' },
    { name: 'says truncated when the length octet is missing', input: [0x30], want: 'truncated' },
    { name: 'says truncated when long-form length octets are missing', input: [0x30, 0x82, 0x01], want: 'truncated' },
    { name: 'says truncated when the content runs past the end', input: [0x30, 0x03, 1, 2], want: 'truncated' },
    { name: 'says truncated when the content runs past the limit', input: [0x30, 0x03, 1, 2, 3], limit: 4, want: 'truncated' },
    { name: 'says malformed for the indefinite length DER forbids', input: [0x30, 0x80, 0, 0], want: 'malformed' },
    { name: 'says malformed for a five-octet length', input: [0x30, 0x85, 0, 0, 0, 0, 1, 0], want: 'malformed' },
    { name: 'says malformed for a tag number of more than four octets', input: [0x1f, 0x81, 0x81, 0x81, 0x81, 0x01, 0x00], want: 'malformed' },
  ];
  it.each(table)('$name', ({ input, limit, want }) => {
    expect(readElement(Uint8Array.from(input), 0, limit)).toEqual(want);
  });

  it('reads lengths written by the builder for every size class', () => {
    for (const size of [0, 1, 127, 128, 255, 256, 65535, 65536]) {
      const bytes = tlv(0x04, new Uint8Array(size));
      expect(readElement(bytes, 0)).toMatchObject({ contentStart: 1 + derLength(size).length, end: bytes.length });
    }
  });
});

describe('readChildren, readExpected and contentOf', () => {
  it('lists the children of a SEQUENCE and their content', () => {
    const bytes = sequence(tlv(0x02, Uint8Array.of(7)), tlv(0x04, Uint8Array.of(8, 9)));
    const parent = readElement(bytes, 0);
    if (typeof parent === 'string') throw new Error(parent);
    const children = readChildren(bytes, parent);
    if (typeof children === 'string') throw new Error(children);
    expect(children.map((c) => [...contentOf(bytes, c)])).toEqual([[7], [8, 9]]);
    expect(readExpected(bytes, children[0]!.end, parent, 0x04)).toEqual(children[1]);
    expect(readExpected(bytes, children[0]!.end, parent, 0x02)).toBeNull();
  });

  it('says truncated when a child overruns its parent', () => {
    const bytes = Uint8Array.of(0x30, 0x03, 0x04, 0x05, 0x00, 0x00, 0x00, 0x00);
    const parent = readElement(bytes, 0);
    if (typeof parent === 'string') throw new Error(parent);
    expect(readChildren(bytes, parent)).toBe('truncated');
  });
});

describe('decodeOid', () => {
  const table = [
    { name: 'decodes commonName', input: '2.5.4.3' },
    { name: 'decodes a first arc of 0', input: '0.9.2342.19200300.100.1.25' },
    { name: 'decodes a first arc of 1 with multi-octet arcs', input: '1.2.840.113549.1.9.1' },
    { name: 'decodes a large second arc under 2', input: '2.999.3' },
    { name: 'decodes a UUID arc beyond 2^53', input: '2.25.329800735698586629295641978511506172918' },
  ];
  it.each(table)('$name', ({ input }) => {
    const bytes = oid(input);
    expect(decodeOid(bytes, 2, bytes.length)).toBe(input);
  });

  it('refuses an empty or unterminated encoding', () => {
    expect(decodeOid(Uint8Array.of(), 0, 0)).toBeNull();
    expect(decodeOid(Uint8Array.of(0x55, 0x84), 0, 2)).toBeNull();
  });
});

describe('DER reader fuzz', () => {
  it('never throws and always stays inside the buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(70), (bytes, offset) => {
        const result = readElement(bytes, offset);
        if (typeof result === 'string') expect(['truncated', 'malformed']).toContain(result);
        else expect(result.end).toBeLessThanOrEqual(bytes.length);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('never throws walking random children', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (body) => {
        const bytes = sequence(body);
        const parent = readElement(bytes, 0);
        if (typeof parent === 'string') throw new Error(parent);
        const children = readChildren(bytes, parent);
        if (typeof children !== 'string') for (const child of children) expect(child.end).toBeLessThanOrEqual(parent.end);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('decodes every OID the builder encodes', () => {
    fc.assert(
      fc.property(fc.nat(2), fc.nat(39), fc.array(fc.bigInt({ min: 0n, max: 1n << 100n }), { maxLength: 6 }), (a, b, rest) => {
        const text = [a, b, ...rest].join('.');
        const bytes = oid(text);
        expect(decodeOid(bytes, 2, bytes.length)).toBe(text);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
