import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hexToColonHex, toColonHex, toHex } from '../../../../shared/encoding/hex';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('hex', () => {
  it.each([
    { name: 'writes lower-case hex without separators', bytes: [0x0a, 0xff, 0x00], hex: '0aff00', colon: '0A:FF:00' },
    { name: 'writes one octet without a colon', bytes: [0x7f], hex: '7f', colon: '7F' },
    { name: 'writes nothing for no bytes', bytes: [], hex: '', colon: '' },
  ])('$name', ({ bytes, hex, colon }) => {
    expect(toHex(new Uint8Array(bytes))).toBe(hex);
    expect(toColonHex(new Uint8Array(bytes))).toBe(colon);
  });

  it('agrees with Node on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const node = Buffer.from(bytes).toString('hex');
        expect(toHex(bytes)).toBe(node);
        expect(toColonHex(bytes)).toBe(node.toUpperCase().replace(/(..)(?=.)/g, '$1:'));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('hexToColonHex', () => {
  it('upper-cases hex and joins bytes with colons', () => expect(hexToColonHex('0a1bff')).toBe('0A:1B:FF'));
});
