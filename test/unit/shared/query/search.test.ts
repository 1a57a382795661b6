import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../../../shared/query/search-index';
import { searchRecords, type MatchRange } from '../../../../shared/query/search';
import { searchFieldValue } from '../../../../shared/query/search-fields';
import { searchTermOf } from '../../../../shared/query/search-term';
import { indexed, makeRecord, makeSummary } from '../../../support/record-factory';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

// One record whose every searchable field holds a distinct value, so each query hits one field.
const distinct = makeRecord({
  fqdn: 'portal.example.ac.jp',
  dnsNameColumn: ['column-name.example.ac.jp'],
  subjectDn: 'CN=cn-only.example.ac.jp,O=Subject Org Unique,C=JP',
  applicationId: 'APP-778899',
  adminMail: 'kanri@mail.example.ac.jp',
  serialNumber: '1234567890123',
  certificate: makeSummary({
    commonName: 'cn-only.example.ac.jp',
    dnsNames: ['first.example.ac.jp', 'second-san.example.ac.jp'],
    ipAddresses: ['192.0.2.10'],
    serialNumber: '1234567890123', // 0x011F71FB04CB
    serialHex: '01:1F:71:FB:04:CB',
  }),
});
const other = makeRecord({ fqdn: 'other.example.org', applicationId: 'B-1', adminMail: 'x@example.org', certificate: null });
const records = indexed([other, distinct]);
const index = buildSearchIndex(records);

function rangesOf(query: string, recordIndex: number): MatchRange[] {
  return searchRecords(index, query).find((hit) => hit.index === recordIndex)?.matches.slice() ?? [];
}

describe('searchRecords: every searchable field', () => {
  const cases: { name: string; input: string; want: MatchRange }[] = [
    { name: 'finds the TSV FQDN column', input: 'portal', want: { field: 'fqdn', item: 0, start: 0, end: 6 } },
    { name: 'finds the certificate CN', input: 'cn-only', want: { field: 'commonName', item: 0, start: 0, end: 7 } },
    { name: 'finds the first SAN dNSName', input: 'first.', want: { field: 'dnsName', item: 0, start: 0, end: 6 } },
    { name: 'finds every SAN dNSName, not only the first', input: 'second-san', want: { field: 'dnsName', item: 1, start: 0, end: 10 } },
    { name: 'finds a SAN IP address', input: '192.0.2', want: { field: 'ipAddress', item: 0, start: 0, end: 7 } },
    { name: 'finds the TSV dNSName column', input: 'column-name', want: { field: 'dnsNameColumn', item: 0, start: 0, end: 11 } },
    { name: 'finds the subject DN case-insensitively', input: 'SUBJECT org', want: { field: 'subjectDn', item: 0, start: 27, end: 38 } },
    { name: 'finds part of the application ID', input: '778899', want: { field: 'applicationId', item: 0, start: 4, end: 10 } },
    { name: 'finds the decimal serial', input: '4567890', want: { field: 'serialNumber', item: 0, start: 3, end: 10 } },
    { name: 'finds colon hex of the serial', input: '1f:71', want: { field: 'serialHex', item: 0, start: 3, end: 8 } },
    { name: 'maps hex typed without colons onto the colon form', input: '1f71fb', want: { field: 'serialHex', item: 0, start: 3, end: 11 } },
    { name: 'accepts 0x hex for the serial', input: '0x11F71FB04CB', want: { field: 'serialHex', item: 0, start: 1, end: 17 } },
    { name: 'accepts space-separated hex bytes for the serial', input: '1F 71 FB', want: { field: 'serialHex', item: 0, start: 3, end: 11 } },
    { name: 'finds the admin mail', input: 'kanri@', want: { field: 'adminMail', item: 0, start: 0, end: 6 } },
    { name: 'folds full-width input typed through an IME', input: 'ｐｏｒｔａｌ', want: { field: 'fqdn', item: 0, start: 0, end: 6 } },
    { name: 'ignores surrounding spaces', input: '  portal  ', want: { field: 'fqdn', item: 0, start: 0, end: 6 } },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => {
      expect(rangesOf(input, 1)).toContainEqual(want);
      expect(rangesOf(input, 0)).toEqual([]);
    });
  }

  it('reports each range so that it highlights the query in the displayed value', () => {
    for (const { input } of cases.filter((c) => !/0x| |ｐ|^[0-9a-f]{6}$/.test(c.input))) {
      for (const range of rangesOf(input, 1)) {
        const shown = searchFieldValue(records[1]!, range.field, range.item).slice(range.start, range.end);
        expect(shown.toLowerCase().replaceAll(':', '')).toBe(input.trim().toLowerCase().replaceAll(':', ''));
      }
    }
  });

  it('matches every record, with no ranges, for an empty or blank query', () => {
    expect(JSON.parse(JSON.stringify(searchRecords(index, '')))).toEqual([
      { index: 0, matches: [] },
      { index: 1, matches: [] },
    ]);
    expect(searchRecords(index, '   ')).toHaveLength(2);
  });

  it('returns nothing for text no field contains', () => {
    expect(searchRecords(index, 'no-such-host')).toEqual([]);
  });

  it('reports every occurrence in a field, without overlaps', () => {
    const single = buildSearchIndex([makeRecord({ fqdn: 'aaa.example.jp', certificate: null, subjectDn: '', adminMail: '', applicationId: '' })]);
    expect(searchRecords(single, 'aa')[0]!.matches).toEqual([{ field: 'fqdn', item: 0, start: 0, end: 2 }]);
    expect(searchRecords(single, 'a')[0]!.matches.map((m) => m.start)).toEqual([0, 1, 2, 6]);
  });

  it('serialises hits with their ranges (JSON), although ranges are computed on first read', () => {
    expect(JSON.parse(JSON.stringify(searchRecords(index, 'portal')))).toEqual([{ index: 1, matches: [{ field: 'fqdn', item: 0, start: 0, end: 6 }] }]);
  });

  it('hits 0x hex only in the serial, never in other fields', () => {
    const single = buildSearchIndex([makeRecord({ fqdn: 'abc0.example.jp', applicationId: 'abc0', certificate: null, serialNumber: '' })]);
    expect(searchRecords(single, '0xabc0')).toEqual([]);
  });

  it('derives the hex serial from the TSV serial when the row has no certificate', () => {
    const single = buildSearchIndex([makeRecord({ certificate: null, serialNumber: '4097', fqdn: 'p.example.jp' })]);
    expect(searchRecords(single, '10:01')[0]?.matches).toEqual([{ field: 'serialHex', item: 0, start: 0, end: 5 }]);
    expect(searchRecords(single, '0x1001')[0]?.matches).toEqual([{ field: 'serialHex', item: 0, start: 0, end: 5 }]);
  });

  it('never lets a match straddle two fields', () => {
    const single = buildSearchIndex([makeRecord({ fqdn: 'abc', adminMail: 'def', certificate: null, subjectDn: '', applicationId: '' })]);
    expect(searchRecords(single, 'cd')).toEqual([]);
  });

  it('does not report the same serial range twice when colon and compact hex both match', () => {
    const ranges = rangesOf('cb', 1).filter((range) => range.field === 'serialHex');
    expect(ranges).toEqual([{ field: 'serialHex', item: 0, start: 15, end: 17 }]);
  });
});

describe('searchRecords: wildcard names (RFC 6125 §6.4.3)', () => {
  const wildcard = makeRecord({
    fqdn: 'lab.example.ac.jp',
    certificate: makeSummary({ commonName: '*.lab.example.ac.jp', dnsNames: ['lab.example.ac.jp', '*.Lab.Example.ac.jp'] }),
  });
  const domainWide = makeRecord({ fqdn: 'top.example.ac.jp', certificate: makeSummary({ commonName: 'top.example.ac.jp', dnsNames: ['*.example.ac.jp'] }) });
  const partial = makeRecord({ fqdn: 'part.example.ac.jp', certificate: makeSummary({ commonName: 'part.example.ac.jp', dnsNames: ['w*.part.example.ac.jp'] }) });
  const wildcardRecords = indexed([wildcard, domainWide, partial]);
  const wildcardIndex = buildSearchIndex(wildcardRecords);
  const wildcardHits = (query: string): { index: number; fields: string[] }[] =>
    searchRecords(wildcardIndex, query)
      .map((hit) => ({ index: hit.index, fields: hit.matches.filter((m) => m.wildcard).map((m) => `${m.field}${m.item}:${m.start}-${m.end}`) }))
      .filter((hit) => hit.fields.length > 0);

  const cases: { name: string; input: string; want: { index: number; fields: string[] }[] }[] = [
    {
      name: 'a host one label below the wildcard matches the wildcard SAN and CN as whole names',
      input: 'wiki.lab.example.ac.jp',
      want: [{ index: 0, fields: ['commonName0:0-19', 'dnsName1:0-19'] }],
    },
    { name: 'matching ignores case and a trailing root dot', input: 'WIKI.LAB.Example.AC.JP.', want: [{ index: 0, fields: ['commonName0:0-19', 'dnsName1:0-19'] }] },
    { name: 'a wildcard covers exactly one label, not two', input: 'a.b.lab.example.ac.jp', want: [] },
    { name: '*.example.ac.jp does not cover example.ac.jp itself', input: 'example.ac.jp', want: [] },
    { name: '*.example.ac.jp covers lab.example.ac.jp', input: 'lab.example.ac.jp', want: [{ index: 1, fields: ['dnsName0:0-15'] }] },
    { name: 'partial-label wildcards are not honoured', input: 'www.part.example.ac.jp', want: [] },
    { name: 'a query with a wildcard of its own is only a substring search', input: '*.lab.example.ac.jp', want: [] },
  ];
  for (const { name, input, want } of cases) {
    it(name, () => expect(wildcardHits(input)).toEqual(want));
  }

  it('still finds the wildcard SAN by plain substring', () => {
    const hit = searchRecords(wildcardIndex, '*.lab').find((h) => h.index === 0);
    expect(hit?.matches).toContainEqual({ field: 'dnsName', item: 1, start: 0, end: 5 });
  });
});

describe('searchRecords fuzz', () => {
  it('every range covers text equal to the search term (the query, or the host it names), ignoring case (serial hex ignoring separators)', () => {
    const alphabet = fc.constantFrom(...'abcdefgp.-0123456789:@ ');
    fc.assert(
      fc.property(fc.string({ unit: alphabet, minLength: 1, maxLength: 6 }), (query) => {
        const trimmed = searchTermOf(query).toLowerCase();
        const plainSearch = trimmed !== '' && !/^0x/.test(trimmed) && !/ /.test(trimmed);
        for (const hit of searchRecords(index, query)) {
          for (const range of hit.matches) {
            const shown = searchFieldValue(records[hit.index]!, range.field, range.item).slice(range.start, range.end).toLowerCase();
            if (range.field === 'serialHex') expect(shown.replaceAll(':', '')).toBe(trimmed.replace(/^0x/, '').replaceAll(/[ :]/g, ''));
            else if (plainSearch) expect(shown).toBe(trimmed);
          }
        }
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
