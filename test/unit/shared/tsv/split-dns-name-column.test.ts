import { describe, expect, it } from 'vitest';
import { splitDnsNameColumn } from '../../../../shared/tsv/split-dns-name-column';

describe('splitDnsNameColumn', () => {
  it.each([
    { name: 'splits the documented dNSName=a,dNSName=b form', input: 'dNSName=a.example.ac.jp,dNSName=b.example.ac.jp', want: ['a.example.ac.jp', 'b.example.ac.jp'] },
    { name: 'reads a single name', input: 'dNSName=www.example.ac.jp', want: ['www.example.ac.jp'] },
    { name: 'tolerates spaces after commas and around =', input: 'dNSName = a.jp, dNSName=b.jp', want: ['a.jp', 'b.jp'] },
    { name: 'tolerates semicolons', input: 'dNSName=a.jp;dNSName=b.jp', want: ['a.jp', 'b.jp'] },
    { name: 'reads the OpenSSL DNS: form', input: 'DNS:a.jp, DNS:b.jp', want: ['a.jp', 'b.jp'] },
    { name: 'ignores the case of the prefix', input: 'DNSNAME=a.jp,dnsname=b.jp', want: ['a.jp', 'b.jp'] },
    { name: 'reads bare names', input: 'a.jp b.jp\nc.jp', want: ['a.jp', 'b.jp', 'c.jp'] },
    { name: 'reads full-width commas', input: 'dNSName=a.jp、dNSName=b.jp', want: ['a.jp', 'b.jp'] },
    { name: 'keeps a wildcard name', input: 'dNSName=*.example.ac.jp', want: ['*.example.ac.jp'] },
    { name: 'keeps a name that starts with dns', input: 'dNSName=dns.example.ac.jp', want: ['dns.example.ac.jp'] },
    { name: 'drops empty entries', input: 'dNSName=a.jp,,dNSName=,', want: ['a.jp'] },
    { name: 'gives no names for an empty cell', input: '', want: [] },
  ])('$name', ({ input, want }) => {
    expect(splitDnsNameColumn(input)).toEqual(want);
  });
});
