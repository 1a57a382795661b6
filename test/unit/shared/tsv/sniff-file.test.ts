import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sniffFile } from '../../../../shared/tsv/sniff-file';
import { encodeText } from './tsv-test-data';
import { FUZZ_RUNS } from '../../../support/fuzz-runs';

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new TextEncoder().encode(text);
const utf32le = (text: string) => {
  const codes = Array.from(text, (char) => char.codePointAt(0)!);
  const out = new Uint8Array(codes.length * 4);
  codes.forEach((code, index) => new DataView(out.buffer).setUint32(index * 4, code, true));
  return out;
};

describe('sniffFile', () => {
  it.each([
    { name: 'calls a 0-byte file empty', input: bytes(), want: 'empty' },
    { name: 'calls a file of spaces and newlines empty', input: ascii(' \r\n\t\n'), want: 'empty' },
    { name: 'calls a lone UTF-8 BOM empty', input: bytes(0xef, 0xbb, 0xbf, 0x0a), want: 'empty' },
    { name: 'recognises a UTF-16 LE BOM', input: bytes(0xff, 0xfe, 0x41, 0x00), want: 'utf-16le' },
    { name: 'recognises a UTF-16 BE BOM', input: bytes(0xfe, 0xff, 0x00, 0x41), want: 'utf-16be' },
    { name: 'recognises UTF-16 LE without a BOM', input: new Uint8Array(Buffer.from('申請ID\tabc\tdef\r\n', 'utf16le')), want: 'utf-16le' },
    { name: 'names a UTF-32 LE BOM UTF-32, not UTF-16', input: bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0), want: 'utf-32' },
    { name: 'names a UTF-32 BE BOM UTF-32', input: bytes(0x00, 0x00, 0xfe, 0xff, 0, 0, 0, 0x41), want: 'utf-32' },
    { name: 'names UTF-32 LE without a BOM UTF-32, not binary', input: utf32le('発行・更新申請-申請ID\tabc\tdef\r\n'), want: 'utf-32' },
    { name: 'calls a PNG binary', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2), want: 'binary' },
    { name: 'calls a ZIP (or .xlsx) binary', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), want: 'binary' },
    { name: 'calls a file with NUL bytes binary', input: ascii('abc\u0000\u0000\u0000\u0001\u0002defgh\u0000ijk'), want: 'binary' },
    { name: 'calls mostly control characters binary', input: bytes(...Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x41 : 0x01))), want: 'binary' },
    { name: 'lets Shift_JIS text through', input: encodeText('発行・更新申請-申請ID\t主体者DN\r\n', 'shift_jis'), want: null },
    { name: 'lets UTF-8 text with a BOM through', input: encodeText('申請ID\tDN\n', 'utf-8-bom'), want: null },
  ])('$name', ({ input, want }) => {
    expect(sniffFile(input)).toBe(want);
  });

  it('never throws on random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        expect([null, 'empty', 'binary', 'utf-16le', 'utf-16be', 'utf-32']).toContain(sniffFile(input));
      }),
      { numRuns: FUZZ_RUNS },
    );
  });
});
