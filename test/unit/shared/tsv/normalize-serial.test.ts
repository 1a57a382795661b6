import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSerial, parseSerial } from '../../../../shared/tsv/normalize-serial';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);

describe('normalizeSerial', () => {
  it.each([
    { name: 'keeps a decimal serial', input: '4097000000000000000', want: '4097000000000000000' },
    { name: 'drops leading zeros', input: '000123', want: '123' },
    { name: 'keeps a single zero', input: '0', want: '0' },
    { name: 'converts 0x hex to decimal', input: '0x38DA5B1F0E1A4F01', want: BigInt('0x38DA5B1F0E1A4F01').toString() },
    { name: 'converts lower-case 0x hex', input: '0xff', want: '255' },
    { name: 'converts colon hex to decimal', input: '0A:1B:2C', want: String(0x0a1b2c) },
    { name: 'trims spaces', input: ' 42 ', want: '42' },
    { name: 'gives "" for an empty cell', input: '', want: '' },
    { name: 'returns text that is not a serial trimmed and unchanged', input: ' abc ', want: 'abc' },
  ])('$name', ({ input, want }) => {
    expect(normalizeSerial(input)).toBe(want);
  });

  it.each([
    { name: 'marks letters as not a serial', input: 'serial-1' },
    { name: 'marks a negative number as not a serial', input: '-5' },
    { name: 'marks a bare 0x as not a serial', input: '0x' },
  ])('$name', ({ input }) => {
    expect(parseSerial(input)).toBeNull();
  });

  it('reads decimal, 0x hex and colon hex of one number as the same decimal', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: (1n << 159n) - 1n }), (serial) => {
        const hex = serial.toString(16).padStart(2 * Math.ceil(serial.toString(16).length / 2), '0');
        const colon = hex.match(/../g)!.join(':');
        expect(normalizeSerial(serial.toString())).toBe(serial.toString());
        expect(normalizeSerial(`0x${hex}`)).toBe(serial.toString());
        if (colon.includes(':')) expect(normalizeSerial(colon.toUpperCase())).toBe(serial.toString());
      }),
      { numRuns: RUNS },
    );
  });
});
