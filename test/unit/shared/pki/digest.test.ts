import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha1Hex, sha256Hex, sha256HexSync } from '../../../../shared/pki/digest';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

describe('digests', () => {
  const abc = new TextEncoder().encode('abc');
  it('gives the FIPS 180-2 SHA-256 of "abc" in lower-case hex', async () => {
    expect(await sha256Hex(abc)).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
  it('gives the FIPS 180-2 SHA-1 of "abc" in lower-case hex', async () => {
    expect(await sha1Hex(abc)).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
  });
  it('hashes only the bytes of a view, not its whole buffer', async () => {
    const view = new Uint8Array([0, 1, 2, 3, 4, 5]).subarray(2, 5);
    expect(await sha256Hex(view)).toBe(createHash('sha256').update(Uint8Array.of(2, 3, 4)).digest('hex'));
  });
  it('gives the same SHA-256 synchronously (the list load) as node:crypto, for any bytes and any view', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat({ max: 8 }), (bytes, cut) => {
        const view = bytes.subarray(Math.min(cut, bytes.length));
        expect(sha256HexSync(view)).toBe(createHash('sha256').update(view).digest('hex'));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
