import { describe, expect, it } from 'vitest';
import { hostNameMatches, wildcardSuffix } from '../../../../shared/query/wildcard';

describe('hostNameMatches (RFC 6125 §6.4.3)', () => {
  const cases: { name: string; input: [pattern: string, host: string]; want: boolean }[] = [
    { name: 'an exact name matches itself', input: ['www.example.ac.jp', 'www.example.ac.jp'], want: true },
    { name: 'names compare case-insensitively', input: ['WWW.Example.AC.JP', 'www.example.ac.jp'], want: true },
    { name: 'a trailing root dot is ignored', input: ['www.example.ac.jp', 'www.example.ac.jp.'], want: true },
    { name: 'a wildcard covers one left-most label', input: ['*.lab.example.ac.jp', 'wiki.lab.example.ac.jp'], want: true },
    { name: 'a wildcard does not cover two labels', input: ['*.lab.example.ac.jp', 'a.b.lab.example.ac.jp'], want: false },
    { name: 'a wildcard does not cover its own parent', input: ['*.example.ac.jp', 'example.ac.jp'], want: false },
    { name: 'a partial-label wildcard is not honoured', input: ['w*.example.ac.jp', 'www.example.ac.jp'], want: false },
    { name: 'a wildcard not in the left-most label is not honoured', input: ['www.*.example.ac.jp', 'www.lab.example.ac.jp'], want: false },
    { name: 'a wildcard over a top-level domain alone is not honoured', input: ['*.jp', 'example.jp'], want: false },
    { name: 'a different name does not match', input: ['www.example.ac.jp', 'mail.example.ac.jp'], want: false },
    { name: 'an empty host matches nothing', input: ['*.example.ac.jp', ''], want: false },
    { name: 'a host with an empty left-most label is not covered', input: ['*.example.ac.jp', '.example.ac.jp'], want: false },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(hostNameMatches(...input)).toBe(want));
});

describe('wildcardSuffix', () => {
  const cases: { name: string; input: string; want: string | null }[] = [
    { name: 'gives the covered suffix with its dot, lower-cased', input: '*.Lab.Example.ac.jp', want: '.lab.example.ac.jp' },
    { name: 'is null for a plain name', input: 'www.example.ac.jp', want: null },
    { name: 'is null for a second wildcard', input: '*.*.example.ac.jp', want: null },
    { name: 'is null for an empty inner label', input: '*..example.ac.jp', want: null },
  ];
  for (const { name, input, want } of cases) it(name, () => expect(wildcardSuffix(input)).toBe(want));
});
