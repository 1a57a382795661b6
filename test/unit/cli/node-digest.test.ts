import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeSha256Hex } from '../../../cli/node-digest';
import { sha256Hex } from '../../../shared/pki/digest';
import { FUZZ_RUNS } from '../../support/fuzz-runs';

describe('nodeSha256Hex', () => {
  it.each([
    { name: 'hashes "abc" to the FIPS 180-2 test vector', input: 'abc', want: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad' },
    { name: 'hashes no bytes to the SHA-256 of the empty string', input: '', want: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
  ])('$name', ({ input, want }) => {
    expect(nodeSha256Hex(new TextEncoder().encode(input))).toBe(want);
  });

  it('hashes only the bytes of a view, not its whole buffer', async () => {
    const view = Uint8Array.of(1, 2, 3, 4, 5).subarray(1, 4);
    expect(nodeSha256Hex(view)).toBe(await sha256Hex(Uint8Array.of(2, 3, 4)));
  });

  it('agrees with the WebCrypto digest on any bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        expect(nodeSha256Hex(bytes)).toBe(await sha256Hex(bytes));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
