import { describe, expect, it } from 'vitest';
import { searchTermOf } from '../../../../shared/query/search-term';
import { buildSearchIndex } from '../../../../shared/query/search-index';
import { searchRecords } from '../../../../shared/query/search';
import { indexed, makeRecord, makeSummary } from '../../../support/record-factory';

describe('searchTermOf: what was pasted stands for the host name', () => {
  const cases: { name: string; input: string; want: string }[] = [
    { name: 'a URL copied from a mail gives its host', input: 'https://www.example.ac.jp/login', want: 'www.example.ac.jp' },
    { name: 'a URL with a port, query and fragment gives its host', input: 'https://www.example.ac.jp:8443/a/b?c=d#e', want: 'www.example.ac.jp' },
    { name: 'a URL with user info gives its host', input: 'ftp://user@files.example.ac.jp/', want: 'files.example.ac.jp' },
    { name: 'a URL in the angle brackets of a mail gives its host', input: '<https://www.example.ac.jp/>', want: 'www.example.ac.jp' },
    { name: 'a URL whose host has a root dot gives the host without it', input: 'https://www.example.ac.jp./', want: 'www.example.ac.jp' },
    { name: 'an IPv6 URL gives the address without brackets', input: 'https://[2001:db8::1]:443/', want: '2001:db8::1' },
    { name: 'host:port gives the host', input: 'www.example.ac.jp:443', want: 'www.example.ac.jp' },
    { name: 'host: while the port is being typed gives the host', input: 'www.example.ac.jp:', want: 'www.example.ac.jp' },
    { name: 'an IPv4 address with a port gives the address', input: '192.0.2.10:8443', want: '192.0.2.10' },
    { name: 'a bracketed IPv6 address with a port gives the address', input: '[2001:db8::1]:443', want: '2001:db8::1' },
    { name: 'a host with its root dot gives the host', input: 'www.example.ac.jp.', want: 'www.example.ac.jp' },
    { name: 'a URL without its scheme gives the host', input: 'www.example.ac.jp/login', want: 'www.example.ac.jp' },
    { name: 'surrounding spaces are trimmed', input: '  www.example.ac.jp  ', want: 'www.example.ac.jp' },
    { name: 'a serial in colon hex is kept as typed', input: '0A:1B', want: '0A:1B' },
    { name: 'a one-label word with a colon is kept as typed', input: 'www:', want: 'www:' },
    { name: 'a plain word is kept as typed', input: 'example', want: 'example' },
    { name: 'a partial name ending in a dot is kept (no host to cut it from)', input: 'www.', want: 'www.' },
    { name: 'a DN fragment is kept as typed', input: 'O=Example University', want: 'O=Example University' },
    { name: 'a mail address is kept as typed', input: 'kanri@mail.example.ac.jp', want: 'kanri@mail.example.ac.jp' },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(searchTermOf(input)).toBe(want);
  });
});

describe('searchRecords: a pasted URL, host:port or root-dotted name finds the host', () => {
  const host = makeRecord({ fqdn: 'www.example.ac.jp', certificate: makeSummary({ commonName: 'www.example.ac.jp', dnsNames: ['www.example.ac.jp'] }) });
  const other = makeRecord({ fqdn: 'mail.example.org', certificate: makeSummary({ commonName: 'mail.example.org', dnsNames: ['mail.example.org'] }) });
  const index = buildSearchIndex(indexed([other, host]));
  const queries = ['https://www.example.ac.jp/login', 'www.example.ac.jp:443', 'www.example.ac.jp.', 'HTTPS://WWW.EXAMPLE.AC.JP/'];
  it.each(queries)('%s finds only www.example.ac.jp', (query) => {
    expect(searchRecords(index, query).map((hit) => hit.index)).toEqual([1]);
  });
});
