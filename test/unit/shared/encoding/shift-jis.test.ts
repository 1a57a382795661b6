import iconv from 'iconv-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeShiftJis, isCp932Extension, shiftJisUnencodable } from '../../../../shared/encoding/shift-jis';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

/** iconv-lite's CP932, where it has a mapping (it writes "?" for what it cannot). */
function iconvCp932(character: string): Buffer | null {
  const bytes = iconv.encode(character, 'cp932');
  return bytes.length === 1 && bytes[0] === 0x3f && character !== '?' ? null : bytes;
}

describe('encodeShiftJis', () => {
  it('writes every BMP character as iconv-lite CP932 does, but for the WHATWG encoder’s own choices', () => {
    const differences: string[] = [];
    for (let codePoint = 0; codePoint < 0x10000; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue;
      const character = String.fromCharCode(codePoint);
      const ours = encodeShiftJis(character);
      const theirs = iconvCp932(character);
      const same = ours === null ? theirs === null : theirs !== null && Buffer.compare(Buffer.from(ours), theirs) === 0;
      if (!same) differences.push(codePoint.toString(16));
    }
    // WHATWG Encoding §13.3.3 writes U+2212 MINUS SIGN as the full-width hyphen-minus (0x817C), and the
    // JIS spellings of six JIS X 0208 characters (〜 ‖ — ¢ £ ¬, as macOS types them) get their JIS codes; iconv-lite maps none of them.
    expect(differences).toEqual(['a2', 'a3', 'ac', '2014', '2016', '2212', '301c']);
    expect([...encodeShiftJis('〜')!]).toEqual([...encodeShiftJis('～')!]);
  });

  it('reads back through the platform decoder as the same text', () => {
    const text = 'CN=www.example.ac.jp 国立大学法人 ｻﾝﾌﾟﾙ 髙橋 ① ㈱ ～';
    expect(new TextDecoder('shift_jis').decode(encodeShiftJis(text)!)).toBe(text);
  });

  it('refuses text with a character Shift_JIS cannot hold, and says which and where', () => {
    expect(encodeShiftJis('𠮷野 ©')).toBeNull();
    expect(shiftJisUnencodable('𠮷野 © é')).toEqual([
      { offset: 0, character: '𠮷' },
      { offset: 4, character: '©' },
      { offset: 6, character: 'é' },
    ]);
    expect(shiftJisUnencodable('高橋 taro')).toEqual([]);
  });

  it('tells the CP932 extensions (NEC row 13, IBM) from JIS X 0208', () => {
    expect(['髙', '﨑', '①', 'Ⅰ', '㈱'].map(isCp932Extension)).toEqual([true, true, true, true, true]);
    // ¬ and ∵ also sit in the extension area, but the encoder takes their JIS X 0208 code.
    expect(['高', '崎', 'a', 'ｱ', '¬', '∵', '𠮷'].map(isCp932Extension)).toEqual([false, false, false, false, false, false, false]);
  });

  it('never throws, and either encodes a string or names a character it cannot (fuzz)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const bytes = encodeShiftJis(text);
        expect(bytes === null).toBe(shiftJisUnencodable(text).length > 0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
