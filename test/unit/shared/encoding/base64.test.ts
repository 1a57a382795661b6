import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../../shared/encoding/base64';

describe('base64', () => {
  it.each([
    { name: 'decodes padded text', input: 'aGVsbG8=', want: 'hello' },
    { name: 'decodes unpadded text', input: 'aGVsbG8', want: 'hello' },
    { name: 'ignores line wrapping and CRLF', input: 'aGVs\r\nbG8=\n', want: 'hello' },
    { name: 'decodes the empty string', input: '', want: '' },
  ])('$name', ({ input, want }) => {
    const result = decodeBase64(input);
    expect(result.ok && new TextDecoder().decode(result.value)).toBe(want);
  });

  it.each([
    { name: 'rejects a character outside the alphabet', input: 'aGV*bG8=', reason: 'invalid-character' },
    { name: 'rejects data after padding', input: 'aGU=bG8=', reason: 'bad-padding' },
    { name: 'rejects a length that cannot be base64', input: 'aGVsb', reason: 'bad-length' },
    { name: 'rejects non-Latin characters', input: 'aGVs証明', reason: 'invalid-character' },
    { name: 'rejects the URL-safe alphabet, so a stray PEM dash is never read as data', input: 'aGVs-G8=', reason: 'invalid-character' },
  ])('$name', ({ input, reason }) => {
    const result = decodeBase64(input);
    expect(result.ok ? null : result.error.reason).toBe(reason);
  });

  it('round-trips any bytes, matching Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        const back = decodeBase64(text);
        expect(back.ok && Array.from(back.value)).toEqual(Array.from(bytes));
      }),
    );
  });
});
