import { describe, expect, it } from 'vitest';
import { readElement } from '../../../../../shared/pki/der/der-reader';
import { readTime } from '../../../../../shared/pki/der/der-time';
import { generalizedTime, tlv, utcTime } from './der-builder';

/** readTime on one encoded element. */
function timeOf(bytes: Uint8Array): number | null {
  const element = readElement(bytes, 0);
  if (typeof element === 'string') throw new Error(element);
  return readTime(bytes, element);
}

describe('readTime', () => {
  const table: { name: string; input: Uint8Array; want: number | null }[] = [
    { name: 'reads UTCTime YY=49 as 2049 (RFC 5280 §4.1.2.5.1)', input: utcTime('491231235959Z'), want: Date.UTC(2049, 11, 31, 23, 59, 59) },
    { name: 'reads UTCTime YY=50 as 1950', input: utcTime('500101000000Z'), want: Date.UTC(1950, 0, 1) },
    { name: 'reads UTCTime YY=00 as 2000', input: utcTime('000229120000Z'), want: Date.UTC(2000, 1, 29, 12) },
    { name: 'reads GeneralizedTime in 2050', input: generalizedTime('20500101000000Z'), want: Date.UTC(2050, 0, 1) },
    { name: 'reads GeneralizedTime 99991231235959Z (RFC 5280 "no well-defined expiration")', input: generalizedTime('99991231235959Z'), want: Date.UTC(9999, 11, 31, 23, 59, 59) },
    { name: 'reads a GeneralizedTime fraction as asn1js does', input: generalizedTime('20500101000000.5Z'), want: Date.UTC(2050, 0, 1) + 500 },
    { name: 'refuses UTCTime without seconds', input: utcTime('4912312359Z'), want: null },
    { name: 'refuses UTCTime with an offset', input: utcTime('491231235959+0900'), want: null },
    { name: 'refuses UTCTime with a letter in a digit place', input: utcTime('49123123595AZ'), want: null },
    { name: 'refuses GeneralizedTime without Z (local time)', input: generalizedTime('20500101000000'), want: null },
    { name: 'refuses GeneralizedTime with an offset', input: generalizedTime('20500101000000+0900'), want: null },
    { name: 'refuses GeneralizedTime with an empty fraction', input: generalizedTime('20500101000000.Z'), want: null },
    { name: 'refuses any other tag', input: tlv(0x04, new TextEncoder().encode('491231235959Z')), want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(timeOf(input)).toBe(want);
  });
});
