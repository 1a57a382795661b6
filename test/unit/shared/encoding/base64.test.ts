import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../../../../shared/encoding/base64';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

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
      { numRuns: FUZZ_RUNS },
    );
  });
});

describe('base64 fuzz', () => {
  const whitespace = fc.constantFrom(' ', '\t', '\r', '\n', '\r\n');

  /** Base64 text of `bytes`, optionally without padding, with whitespace dropped in at random places. */
  const noisyBase64 = fc
    .record({
      bytes: fc.uint8Array({ maxLength: 400 }),
      stripPadding: fc.boolean(),
      noise: fc.array(fc.tuple(fc.nat(), whitespace), { maxLength: 6 }),
      wrap: fc.constantFrom(0, 64, 76),
    })
    .map(({ bytes, stripPadding, noise, wrap }) => {
      let text = Buffer.from(bytes).toString('base64');
      if (stripPadding) text = text.replace(/=+$/, '');
      if (wrap > 0) text = text.replace(new RegExp(`(.{${wrap}})`, 'g'), '$1\n');
      for (const [at, space] of noise) {
        const position = at % (text.length + 1);
        text = text.slice(0, position) + space + text.slice(position);
      }
      return { bytes, text };
    });

  it('decodes wrapped, unpadded and whitespace-laden base64 to the bytes Node decodes', () => {
    fc.assert(
      fc.property(noisyBase64, ({ bytes, text }) => {
        const result = decodeBase64(text);
        expect(result.ok && Array.from(result.value)).toEqual(Array.from(bytes));
        expect(Array.from(Buffer.from(text, 'base64'))).toEqual(Array.from(bytes));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('agrees with the one-character-at-a-time reading on mutated text (same bytes, or an error)', () => {
    const mutated = fc
      .tuple(noisyBase64, fc.array(fc.tuple(fc.nat(), fc.constantFrom('=', '-', '*', 'é', '証', 'A', '')), { minLength: 1, maxLength: 3 }))
      .map(([{ text }, edits]) =>
        edits.reduce((current, [at, replacement]) => {
          const position = at % (current.length + 1);
          return current.slice(0, position) + replacement + current.slice(position + 1);
        }, text),
      );
    fc.assert(
      fc.property(mutated, (text) => {
        const result = decodeBase64(text);
        const clean = text.replace(/[ \t\r\n]/g, '');
        const isValid = /^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.replace(/=+$/, '').length % 4 !== 1 && (!clean.endsWith('=') || clean.length % 4 === 0);
        expect(result.ok).toBe(isValid);
        if (result.ok) expect(Array.from(result.value)).toEqual(Array.from(Buffer.from(clean, 'base64')));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
