import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeJsonObject, type StreamedArray } from '../../../../cli/output/json-stream';
import { countOperations } from '../../../../shared/model/operation-count';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

/** What writeJsonObject wrote, as one string, and the longest single write. */
function written(fields: Record<string, unknown>): { text: string; longestWrite: number } {
  const parts: string[] = [];
  writeJsonObject((text) => void parts.push(text), fields);
  return { text: parts.join(''), longestWrite: Math.max(...parts.map((part) => part.length)) };
}

/** The object writeJsonObject stands for: each streamed array made JSON-ready in full. */
function materialised(fields: Record<string, unknown>): Record<string, unknown> {
  const isStreamed = (value: unknown): value is StreamedArray<unknown> => typeof value === 'object' && value !== null && 'toJson' in value;
  return Object.fromEntries(Object.entries(fields).map(([key, value]) => [key, isStreamed(value) ? value.items.map(value.toJson) : value]));
}

const streamed = <T>(items: readonly T[], toJson: (item: T) => unknown = (item) => item): StreamedArray<unknown> => ({ items, toJson: toJson as (item: unknown) => unknown });

describe('writeJsonObject', () => {
  const table: { name: string; fields: Record<string, unknown> }[] = [
    { name: 'writes plain fields', fields: { file: 'a.tsv', total: 2, kind: 'server', nothing: null } },
    { name: 'writes an empty streamed array as []', fields: { file: 'a.tsv', records: streamed([]) } },
    { name: 'writes streamed records with nested objects and arrays', fields: { file: 'a', records: streamed([{ a: 1, b: [1, { c: 'x\ny' }], d: {} }, { a: 2, b: [], d: { e: null } }]), problems: streamed([{ line: 3 }]) } },
    { name: 'writes a streamed array of strings made from the items', fields: { names: streamed([1, 2, 3], (n) => `row ${n}`) } },
    { name: 'writes an object without fields', fields: {} },
  ];
  it.each(table)('$name exactly as JSON.stringify(…, null, 2) would', ({ fields }) => {
    expect(written(fields).text).toBe(`${JSON.stringify(materialised(fields), null, 2)}\n`);
  });

  it('never writes the whole array at once: the longest write is the same for twice the items', () => {
    const records = (n: number) => ({ records: streamed(Array.from({ length: n }, () => ({ line: 12, fqdn: 'www.example.ac.jp' }))) });
    const longest = (n: number) => written(records(n)).longestWrite;
    expect(longest(20_000)).toBe(longest(10_000));
  });

  it('makes each item JSON-ready once: twice the items is twice the work', async () => {
    const work = async (n: number) => (await countOperations(() => written({ records: streamed(Array.from({ length: n }, (_, i) => i)) }))).counts.get('list-json')!;
    expect(await work(4_000)).toBe(2 * (await work(2_000)));
  });

  it('fuzz: writes any JSON data exactly as JSON.stringify(…, null, 2) would', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue()), fc.array(fc.jsonValue(), { maxLength: 30 }), (plain, items) => {
        const fields = { ...plain, records: streamed(items) };
        expect(written(fields).text).toBe(`${JSON.stringify(materialised(fields), null, 2)}\n`);
      }),
      { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 10)) },
    );
  });
});
