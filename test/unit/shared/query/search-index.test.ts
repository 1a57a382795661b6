import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex, recordSegments } from '../../../../shared/query/search-index';
import { searchRecords } from '../../../../shared/query/search';
import { searchFieldValue } from '../../../../shared/query/search-fields';
import { indexed, makeRecord, makeSummary } from '../../../support/record-factory';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

// A Japanese subject DN between ASCII fields: it goes to the wide haystack, the rest stays one-byte.
const japanese = makeRecord({
  fqdn: 'tokyo.example.ac.jp',
  subjectDn: 'CN=tokyo.example.ac.jp,O=東京テスト大学,L=Tokyo,C=JP',
  applicationId: 'TOKYO-1',
  adminMail: 'tokyo@example.ac.jp',
  adminName: 'Yamada Taro',
  adminAffiliation: '',
  serialNumber: '255',
  certificate: null,
});
const records = indexed([japanese]);
const index = buildSearchIndex(records);

describe('buildSearchIndex: haystacks and packed segments', () => {
  it('keeps Latin-1 values in the narrow haystack and the Japanese subject DN in the wide one', () => {
    expect(index.haystacks[0]).not.toContain('東京');
    expect(index.wideHaystacks[0]).toBe('cn=tokyo.example.ac.jp,o=東京テスト大学,l=tokyo,c=jp');
  });

  it('leaves the wide haystack empty when every value is Latin-1', () => {
    const ascii = buildSearchIndex([makeRecord({ subjectDn: 'CN=a.example.jp,O=Université,C=FR', adminName: 'Jean Dupont', adminAffiliation: 'Informatique', certificate: null })]);
    expect(ascii.wideHaystacks[0]).toBe('');
    expect(ascii.haystacks[0]).toContain('o=université');
  });

  it('decodes segments that cover each value, lower-cased, in its own haystack', () => {
    const segments = recordSegments(index, 0);
    expect(segments.map((s) => s.field)).toEqual(['fqdn', 'subjectDn', 'applicationId', 'serialNumber', 'serialHex', 'serialHex', 'adminMail', 'adminName']);
    for (const segment of segments) {
      const haystack = segment.wide ? index.wideHaystacks[0]! : index.haystacks[0]!;
      const shown = searchFieldValue(records[0]!, segment.field, segment.item).toLowerCase();
      expect(haystack.slice(segment.start, segment.end)).toBe(segment.compactHex ? shown.replaceAll(':', '') : shown);
    }
  });

  it('packs list items past the first', () => {
    const many = makeRecord({ certificate: makeSummary({ dnsNames: Array.from({ length: 300 }, (_, i) => `h${i}.example.jp`) }) });
    const hit = searchRecords(buildSearchIndex([many]), 'h299.')[0];
    expect(hit?.matches).toContainEqual({ field: 'dnsName', item: 299, start: 0, end: 5 });
  });
});

describe('searchRecords over narrow and wide haystacks', () => {
  const cases: { name: string; input: string; want: { field: string; start: number; end: number }[] }[] = [
    { name: 'finds Japanese text in the subject DN', input: 'テスト', want: [{ field: 'subjectDn', start: 27, end: 30 }] },
    {
      name: 'reports matches in both haystacks in the order of the values',
      input: 'tokyo',
      want: [
        { field: 'fqdn', start: 0, end: 5 },
        { field: 'subjectDn', start: 3, end: 8 },
        { field: 'subjectDn', start: 35, end: 40 },
        { field: 'applicationId', start: 0, end: 5 },
        { field: 'adminMail', start: 0, end: 5 },
      ],
    },
    { name: 'finds the serial hex, which stays in the narrow haystack', input: '0xff', want: [{ field: 'serialHex', start: 0, end: 2 }] },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      const hits = searchRecords(index, input);
      expect(hits.map((hit) => hit.index)).toEqual([0]);
      expect(hits[0]!.matches.map(({ field, start, end }) => ({ field, start, end }))).toEqual(want);
    });
  }

  it('keeps offsets when lower-casing would change a length (İ) in the wide haystack', () => {
    const dotted = buildSearchIndex([makeRecord({ subjectDn: 'CN=İzmir,O=大学', certificate: null, fqdn: 'izmir.example.jp' })]);
    expect(searchRecords(dotted, '大学')[0]?.matches).toContainEqual({ field: 'subjectDn', item: 0, start: 11, end: 13 });
  });
});

describe('searchRecords fuzz: split haystacks', () => {
  it('every range of a mixed-script record covers the query text, in value order', () => {
    const unit = fc.constantFrom(...'ab.-1東京大テ');
    const value = fc.string({ unit, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(value, value, value, fc.string({ unit, minLength: 1, maxLength: 3 }), (fqdn, subjectDn, adminMail, query) => {
        const list = [makeRecord({ fqdn, subjectDn, adminMail, applicationId: '', serialNumber: '', certificate: null, dnsNameColumn: [] })];
        const order = ['fqdn', 'subjectDn', 'adminMail'];
        const hits = searchRecords(buildSearchIndex(list), query);
        const want = order.flatMap((field) => {
          const text = searchFieldValue(list[0]!, field as 'fqdn').toLowerCase();
          const starts: number[] = [];
          for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) starts.push(at);
          return starts.map((start) => ({ field, item: 0, start, end: start + query.length }));
        });
        expect(hits[0]?.matches ?? []).toEqual(want);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
