import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIpAddress, parseIpAddress } from '../../../../shared/pki/ip-address';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

/** Bytes of eight 16-bit groups. */
function v6(...groups: number[]): Uint8Array {
  return Uint8Array.from(groups.flatMap((g) => [g >> 8, g & 0xff]));
}

describe('formatIpAddress', () => {
  const table: { name: string; input: Uint8Array; want: string | null }[] = [
    { name: 'writes IPv4 dotted decimal', input: Uint8Array.of(192, 0, 2, 255), want: '192.0.2.255' },
    { name: 'compresses the longest zero run (RFC 5952 §4.2.1)', input: v6(0x2001, 0xdb8, 0, 0, 0, 0, 0, 1), want: '2001:db8::1' },
    { name: 'does not compress a single zero group (RFC 5952 §4.2.2)', input: v6(0x2001, 0xdb8, 0, 1, 1, 1, 1, 1), want: '2001:db8:0:1:1:1:1:1' },
    { name: 'compresses the first of two equal runs (RFC 5952 §4.2.3)', input: v6(0x2001, 0xdb8, 0, 0, 1, 0, 0, 1), want: '2001:db8::1:0:0:1' },
    { name: 'compresses the longer of two runs', input: v6(0x2001, 0, 0, 1, 0, 0, 0, 1), want: '2001:0:0:1::1' },
    { name: 'writes the unspecified address as ::', input: v6(0, 0, 0, 0, 0, 0, 0, 0), want: '::' },
    { name: 'writes loopback as ::1', input: v6(0, 0, 0, 0, 0, 0, 0, 1), want: '::1' },
    { name: 'writes a trailing run as x::', input: v6(0xfe80, 0, 0, 0, 0, 0, 0, 0), want: 'fe80::' },
    { name: 'writes lower-case hex without leading zeros (RFC 5952 §4.1, §4.3)', input: v6(0xabcd, 0x0ef, 1, 2, 3, 4, 5, 6), want: 'abcd:ef:1:2:3:4:5:6' },
    { name: 'refuses a length that is not 4 or 16', input: Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8), want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    expect(formatIpAddress(input)).toBe(want);
  });

  it('reads a range inside a larger buffer', () => {
    expect(formatIpAddress(Uint8Array.of(9, 10, 0, 0, 1, 9), 1, 5)).toBe('10.0.0.1');
  });
});

describe('parseIpAddress', () => {
  const table: { name: string; input: string; want: number[] | null }[] = [
    { name: 'reads IPv4 dotted decimal', input: '192.0.2.1', want: [192, 0, 2, 1] },
    { name: 'refuses an IPv4 octet over 255', input: '192.0.2.256', want: null },
    { name: 'refuses three IPv4 parts', input: '192.0.2', want: null },
    { name: 'reads IPv6 with ::', input: '2001:db8::1', want: [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
    { name: 'reads IPv6 in brackets, with a zone', input: '[fe80::1%eth0]', want: [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1] },
    { name: 'reads IPv6 ending in IPv4', input: '::ffff:192.0.2.1', want: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 192, 0, 2, 1] },
    { name: 'refuses two ::', input: '1::2::3', want: null },
    { name: 'refuses a host name', input: 'www.example.ac.jp', want: null },
  ];
  it.each(table)('$name', ({ input, want }) => {
    const bytes = parseIpAddress(input);
    expect(bytes === null ? null : [...bytes]).toEqual(want);
  });

  it('reads back every address formatIpAddress writes', () => {
    const address = fc.oneof(fc.uint8Array({ minLength: 4, maxLength: 4 }), fc.uint8Array({ minLength: 16, maxLength: 16 }));
    fc.assert(
      fc.property(address, (bytes) => {
        expect(parseIpAddress(formatIpAddress(bytes)!)).toEqual(bytes);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
