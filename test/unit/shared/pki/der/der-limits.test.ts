import { describe, expect, it } from 'vitest';
import { countOperations } from '../../../../../shared/model/operation-count';
import { PARSER_LIMITS } from '../../../../../shared/model/parser-limits';
import { derLimitExceeded } from '../../../../../shared/pki/der/der-limits';
import { readOidText } from '../../../../../shared/pki/der/der-oid';
import { hugeArcOidContent, manyArcsOidContent, nestedSequences, oidElement } from '../../../../support/hostile-der';
import { bitString, nullValue, octetString, oid, sequence } from './der-builder';

/** Reads the whole content of an OID element. */
const readContent = (content: Uint8Array) => readOidText(content, 0, content.length);

describe('OID limits', () => {
  const table = [
    { name: 'decodes an OID of exactly 255 content octets', content: manyArcsOidContent(PARSER_LIMITS.oidOctets - 1), want: { ok: true } },
    { name: 'refuses an OID of 256 content octets, saying how long it is', content: manyArcsOidContent(PARSER_LIMITS.oidOctets), want: { ok: false, error: { limit: 'oidOctets', max: 255, found: 256, atLeast: false } } },
    { name: 'decodes an arc of 20 octets (a 128-bit UUID arc needs 19)', content: hugeArcOidContent(20), want: { ok: true } },
    { name: 'refuses an arc of 21 octets, saying it is at least that long', content: hugeArcOidContent(21), want: { ok: false, error: { limit: 'oidArcOctets', max: 20, found: 21, atLeast: true } } },
    { name: 'refuses a 200 KB OID from its length alone', content: hugeArcOidContent(200_000), want: { ok: false, error: { limit: 'oidOctets', max: 255, found: 200_001, atLeast: false } } },
  ];
  it.each(table)('$name', ({ content, want }) => {
    expect(readContent(content)).toMatchObject(want);
  });

  it('decodes a 2.25 UUID OID at full 128-bit width', () => {
    const text = `2.25.${(2n ** 128n - 1n).toString()}`;
    const bytes = oid(text);
    expect(readOidText(bytes, 2, bytes.length)).toEqual({ ok: true, value: text });
  });

  it('does no decoding work on a 200 KB OID: the limit is checked first', async () => {
    const { counts } = await countOperations(() => readContent(hugeArcOidContent(200_000)));
    expect(counts.get('oid') ?? 0).toBe(0);
  });

  it('scales linearly: twice the arcs is twice the octets decoded', async () => {
    const work = async (arcs: number) => (await countOperations(() => readContent(manyArcsOidContent(arcs)))).counts.get('oid')!;
    const [small, large] = [await work(60), await work(120)];
    expect(large / small).toBeGreaterThan(1.8);
    expect(large / small).toBeLessThan(2.2);
  });
});

describe('derLimitExceeded', () => {
  const table = [
    { name: 'passes ordinary nested DER', input: sequence(sequence(oid('2.5.4.3'), nullValue()), octetString(sequence(nullValue()))), want: null },
    { name: `passes nesting ${PARSER_LIMITS.derDepth} deep`, input: nestedSequences(PARSER_LIMITS.derDepth - 1), want: null },
    { name: `refuses nesting ${PARSER_LIMITS.derDepth + 1} deep`, input: nestedSequences(PARSER_LIMITS.derDepth + 1), want: { limit: 'derDepth', found: PARSER_LIMITS.derDepth + 1 } },
    { name: 'refuses 100,000 nested SEQUENCEs', input: nestedSequences(100_000), want: { limit: 'derDepth' } },
    { name: 'counts DER encapsulated in an OCTET STRING as deeper', input: octetString(nestedSequences(PARSER_LIMITS.derDepth)), want: { limit: 'derDepth' } },
    { name: 'counts DER encapsulated in a BIT STRING as deeper', input: bitString(nestedSequences(PARSER_LIMITS.derDepth)), want: { limit: 'derDepth' } },
    { name: 'finds a huge OID inside an extension value', input: sequence(octetString(sequence(oidElement(hugeArcOidContent(300))))), want: { limit: 'oidOctets' } },
    { name: 'finds a long arc in an OID', input: sequence(oidElement(hugeArcOidContent(40))), want: { limit: 'oidArcOctets' } },
    { name: 'leaves malformed bytes to the parser after it', input: Uint8Array.of(0x30, 0x85, 1, 2, 3, 4, 5), want: null },
    { name: 'leaves an OCTET STRING of plain data alone', input: octetString(Uint8Array.of(0x30, 0x7f, 0x00)), want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    const found = derLimitExceeded(input);
    if (want === null) expect(found).toBeNull();
    else expect(found).toMatchObject(want);
  });

  it('stops at the depth limit however deep the input goes: the work does not grow with the depth', async () => {
    const work = async (depth: number) => (await countOperations(() => derLimitExceeded(nestedSequences(depth)))).counts.get('der-walk')!;
    expect(await work(200_000)).toBe(await work(100_000));
  });

  it('scales linearly: twice the elements is twice the headers read', async () => {
    const elements = (n: number) => sequence(...Array.from({ length: n }, () => sequence(oid('2.5.4.3'), nullValue())));
    const work = async (n: number) => (await countOperations(() => derLimitExceeded(elements(n)))).counts.get('der-walk')!;
    const [small, large] = [await work(2_000), await work(4_000)];
    expect(large / small).toBeGreaterThan(1.9);
    expect(large / small).toBeLessThan(2.1);
  });
});
