import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../../../shared/tsv/detect-encoding';
import { encodeText } from './tsv-test-data';

describe('detectEncoding', () => {
  it.each([
    { name: 'takes a UTF-8 BOM as utf-8-bom and skips it', input: encodeText('申請ID\n', 'utf-8-bom'), want: { encoding: 'utf-8-bom', bodyStart: 3, decoderLabel: 'utf-8' } },
    { name: 'takes valid UTF-8 with Japanese as utf-8', input: encodeText('申請ID\t主体者DN\n', 'utf-8'), want: { encoding: 'utf-8', bodyStart: 0, decoderLabel: 'utf-8' } },
    { name: 'takes Shift_JIS Japanese as shift_jis', input: encodeText('申請ID\t主体者DN\n', 'shift_jis'), want: { encoding: 'shift_jis', bodyStart: 0, decoderLabel: 'shift_jis' } },
    { name: 'reports pure ASCII as shift_jis, the norm', input: encodeText('a\tb\n', 'utf-8'), want: { encoding: 'shift_jis', bodyStart: 0, decoderLabel: 'shift_jis' } },
    { name: 'takes CP932 extensions (①, NEC special) as shift_jis', input: encodeText('①髙﨑\n', 'shift_jis'), want: { encoding: 'shift_jis', bodyStart: 0, decoderLabel: 'shift_jis' } },
  ])('$name', ({ input, want }) => {
    expect(detectEncoding(input)).toEqual(want);
  });

  it('decides on the first 64 KB even when a UTF-8 character is cut at the edge', () => {
    const text = 'a'.repeat(64 * 1024 - 1) + '申請\n';
    expect(detectEncoding(encodeText(text, 'utf-8'))?.encoding).toBe('utf-8');
  });

  it('keeps Shift_JIS with a few broken bytes (they become row warnings)', () => {
    const good = encodeText('申請ID\t主体者DN\n', 'shift_jis');
    const input = new Uint8Array([...good, 0x82, 0x0a]);
    expect(detectEncoding(input)?.encoding).toBe('shift_jis');
  });

  it('gives up on bytes that are mostly undecodable in both encodings', () => {
    const input = new Uint8Array(Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? 0x85 : 0x20)));
    expect(detectEncoding(input)).toBeNull();
  });
});
