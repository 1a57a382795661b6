import { domainToASCII } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodePunycode, toAsciiHost } from '../../../../shared/encoding/punycode';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('encodePunycode', () => {
  // RFC 3492 §7.1 sample strings, plus well-known labels.
  const table = [
    { name: 'encodes RFC 3492 sample (L) with mixed ASCII and kanji', input: '3年B組金八先生', want: '3B-ww4c5e180e575a65lsy2b' },
    { name: 'encodes RFC 3492 sample (M) keeping ASCII case and hyphens', input: '安室奈美恵-with-SUPER-MONKEYS', want: '-with-SUPER-MONKEYS-pc58ag80a8qai00g7n9n' },
    { name: 'encodes RFC 3492 sample (J) Spanish', input: 'PorquénopuedensimplementehablarenEspañol', want: 'PorqunopuedensimplementehablarenEspaol-fmd56a' },
    { name: 'encodes RFC 3492 sample (B) Chinese', input: '他们为什么不说中文', want: 'ihqwcrb4cv8a8dqg056pqjye' },
    { name: 'encodes a Latin-1 letter', input: 'bücher', want: 'bcher-kva' },
    { name: 'encodes a label of only non-ASCII', input: '例え', want: 'r8jz45g' },
    { name: 'leaves pure ASCII with a trailing delimiter', input: 'abc', want: 'abc-' },
  ];
  for (const { name, input, want } of table) it(name, () => expect(encodePunycode(input)).toBe(want));
});

describe('toAsciiHost', () => {
  const table = [
    { name: 'converts a Japanese label to an A-label', input: '例え.jp', want: 'xn--r8jz45g.jp' },
    { name: 'lower-cases ASCII labels', input: 'WWW.Example.AC.JP', want: 'www.example.ac.jp' },
    { name: 'reads ideographic full stops as dots', input: '例え。jp', want: 'xn--r8jz45g.jp' },
    { name: 'maps full-width ASCII (NFKC) before comparing', input: 'ｗｗｗ.example.jp', want: 'www.example.jp' },
    { name: 'keeps an existing A-label', input: 'xn--r8jz45g.jp', want: 'xn--r8jz45g.jp' },
  ];
  for (const { name, input, want } of table) it(name, () => expect(toAsciiHost(input)).toBe(want));
});

describe('toAsciiHost fuzz', () => {
  it('agrees with the WHATWG URL host parser (node:url domainToASCII) on Japanese and Latin labels', () => {
    const letter = fc.oneof(
      fc.integer({ min: 0x61, max: 0x7a }),
      fc.integer({ min: 0x3041, max: 0x3093 }),
      fc.integer({ min: 0x30a1, max: 0x30f3 }),
      fc.integer({ min: 0x4e00, max: 0x9fa0 }),
      fc.integer({ min: 0xe0, max: 0xfe }).filter((cp) => cp !== 0xf7),
    );
    const label = fc.array(letter, { minLength: 1, maxLength: 12 }).map((cps) => String.fromCodePoint(...cps));
    fc.assert(
      fc.property(fc.array(label, { minLength: 1, maxLength: 4 }), (labels) => {
        const host = `${labels.join('.')}.jp`;
        const expected = domainToASCII(host);
        fc.pre(expected !== '');
        expect(toAsciiHost(host)).toBe(expected);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
