import { describe, expect, it } from 'vitest';
import { decodeUtf32, detectUnicodeBom, looksLikeUtf32WithoutBom } from '../../../../shared/encoding/unicode-bom';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('detectUnicodeBom', () => {
  it.each([
    { name: 'names FF FE 00 00 UTF-32 LE, not UTF-16 LE', input: bytes(0xff, 0xfe, 0x00, 0x00, 0x41, 0, 0, 0), want: { encoding: 'utf-32le', length: 4 } },
    { name: 'names 00 00 FE FF UTF-32 BE', input: bytes(0x00, 0x00, 0xfe, 0xff), want: { encoding: 'utf-32be', length: 4 } },
    { name: 'names FF FE followed by text UTF-16 LE', input: bytes(0xff, 0xfe, 0x41, 0x00), want: { encoding: 'utf-16le', length: 2 } },
    { name: 'names FE FF UTF-16 BE', input: bytes(0xfe, 0xff, 0x00, 0x41), want: { encoding: 'utf-16be', length: 2 } },
    { name: 'names EF BB BF UTF-8', input: bytes(0xef, 0xbb, 0xbf, 0x41), want: { encoding: 'utf-8', length: 3 } },
    { name: 'finds no mark in plain ASCII', input: bytes(0x41, 0x42), want: null },
    { name: 'finds no mark in an empty file', input: bytes(), want: null },
  ])('$name', ({ input, want }) => expect(detectUnicodeBom(input)).toEqual(want));
});

describe('decodeUtf32', () => {
  it.each([
    { name: 'decodes little-endian text with a character outside the BMP', input: bytes(0x41, 0, 0, 0, 0x00, 0xf4, 0x01, 0x00), order: 'le' as const, want: 'A\u{1f400}' },
    { name: 'decodes big-endian text', input: bytes(0, 0, 0x30, 0x42, 0, 0, 0, 0x0a), order: 'be' as const, want: 'あ\n' },
    { name: 'turns a surrogate code point into U+FFFD', input: bytes(0x00, 0xd8, 0, 0), order: 'le' as const, want: '\ufffd' },
    { name: 'turns a value above U+10FFFF into U+FFFD', input: bytes(0, 0, 0x11, 0), order: 'le' as const, want: '\ufffd' },
    { name: 'turns trailing bytes that are not a whole unit into U+FFFD', input: bytes(0x41, 0, 0, 0, 0x42), order: 'le' as const, want: 'A\ufffd' },
  ])('$name', ({ input, order, want }) => expect(decodeUtf32(input, order)).toBe(want));
});

describe('looksLikeUtf32WithoutBom', () => {
  it('sees ASCII text in UTF-32 LE', () => expect(looksLikeUtf32WithoutBom(bytes(0x41, 0, 0, 0, 0x42, 0, 0, 0, 0x43, 0, 0, 0))).toBe(true));
  it('does not see UTF-16 LE', () => expect(looksLikeUtf32WithoutBom(new Uint8Array(Buffer.from('abcdef', 'utf16le')))).toBe(false));
  it('does not see a table of small binary integers', () => expect(looksLikeUtf32WithoutBom(bytes(1, 0, 0, 0, 2, 0, 0, 0, 3, 0, 0, 0))).toBe(false));
  it('does not see plain ASCII', () => expect(looksLikeUtf32WithoutBom(new TextEncoder().encode('abcdefgh'))).toBe(false));
});
