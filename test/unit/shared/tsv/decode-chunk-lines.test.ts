import fc from 'fast-check';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeChunkLines, MIN_APART_BYTES } from '../../../../shared/tsv/decode-chunk-lines';
import { splitTabLines } from '../../../../shared/tsv/split-tab-lines';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const BASE64 = 'MIIB' + 'QWxhZGRpbjpvcGVuIHNlc2FtZQ+/='.repeat(Math.ceil(MIN_APART_BYTES / 28) + 1);

/** What the reader did before: decode the whole chunk, then split it. */
function plain(bytes: Uint8Array, label: string): { lines: string[][]; hasReplacement: boolean } {
  const text = new TextDecoder(label).decode(bytes);
  return { lines: splitTabLines(text), hasReplacement: text.includes('\uFFFD') };
}

function decode(bytes: Uint8Array, label: string): { lines: string[][]; hasReplacement: boolean } {
  const result = decodeChunkLines(bytes, new TextDecoder(label), new TextDecoder('utf-8'), new Uint8Array(bytes.length));
  return { lines: result.lines, hasReplacement: result.hasReplacement };
}

const sjis = (text: string): Uint8Array => new Uint8Array(iconv.encode(text, 'cp932'));

describe('decodeChunkLines', () => {
  it.each([
    { name: 'reads a long base64 cell between Japanese cells', input: `ID1\t情報基盤センター\t${BASE64}\t山田\n`, want: [['ID1', '情報基盤センター', BASE64, '山田']] },
    { name: 'reads a long base64 cell at the end of a CRLF line', input: `ID1\t${BASE64}\r\nID2\tx\r\n`, want: [['ID1', BASE64], ['ID2', 'x']] },
    { name: 'reads a line that is one long cell without a final newline', input: `a\n${BASE64}`, want: [['a'], [BASE64]] },
    { name: 'reads a long cell with Japanese in it as Shift_JIS', input: `${'漢字'.repeat(MIN_APART_BYTES)}\tb\n`, want: [['漢字'.repeat(MIN_APART_BYTES), 'b']] },
    { name: 'reads a long ASCII cell followed by a blank line', input: `${BASE64}\n\nc\n`, want: [[BASE64], [''], ['c']] },
  ])('$name', ({ input, want }) => {
    expect(decode(sjis(input), 'shift_jis').lines).toEqual(want);
  });

  it('reports a replacement character when the Shift_JIS bytes are broken', () => {
    const bytes = new Uint8Array([...sjis(`a\t${BASE64}\t`), 0x81, 0x09, 0x62, 0x0a]);
    expect(decode(bytes, 'shift_jis')).toEqual(plain(bytes, 'shift_jis'));
    expect(decode(bytes, 'shift_jis').hasReplacement).toBe(true);
  });

  describe('fuzz: same lines as decoding the whole chunk then splitting', () => {
    const piece = fc.constantFrom('\t', '\n', '\r\n', 'a', '"', 'あ', '漢字', '\\', BASE64, BASE64.slice(0, MIN_APART_BYTES), BASE64.slice(0, MIN_APART_BYTES - 1), `${BASE64}あ`);
    const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));
    it.each(['shift_jis', 'utf-8'])('for %s text', (label) => {
      fc.assert(
        fc.property(text, fc.array(fc.integer({ min: 0, max: 255 }), { maxLength: 4 }), fc.nat(), (input, junk, at) => {
          const encoded = label === 'shift_jis' ? sjis(input) : new TextEncoder().encode(input);
          const cut = encoded.length === 0 ? 0 : at % encoded.length;
          const bytes = new Uint8Array([...encoded.subarray(0, cut), ...junk, ...encoded.subarray(cut)]);
          expect(decode(bytes, label)).toEqual(plain(bytes, label));
        }),
        { numRuns: FUZZ_RUNS },
      );
    });
  });
});
