import { describe, expect, it } from 'vitest';
import { otherFileTypeOf } from '../../../../shared/pki/file-signature';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe('otherFileTypeOf: files that are plainly not certificates, by their first bytes', () => {
  const cases: { name: string; input: Uint8Array; want: string | null }[] = [
    { name: 'a PNG screenshot', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0), want: 'png' },
    { name: 'a JPEG photo', input: bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), want: 'jpeg' },
    { name: 'a GIF', input: text('GIF89a'), want: 'gif' },
    { name: 'a WebP', input: text('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '), want: 'webp' },
    { name: 'a PDF', input: text('%PDF-1.7'), want: 'pdf' },
    { name: 'an Excel .xlsx (ZIP)', input: bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0), want: 'zip' },
    { name: 'an Outlook .msg (compound file)', input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), want: 'ole' },
    { name: 'a PEM certificate is none of them', input: text('-----BEGIN CERTIFICATE-----\n'), want: null },
    { name: 'a DER certificate is none of them', input: bytes(0x30, 0x82, 0x03, 0x00), want: null },
    { name: 'a list starting with its header is none of them', input: text('発行・更新申請-申請ID\t'), want: null },
    { name: 'a file shorter than any signature is none of them', input: bytes(0x89, 0x50), want: null },
    { name: 'an empty file is none of them', input: bytes(), want: null },
  ];
  it.each(cases)('$name', ({ input, want }) => {
    expect(otherFileTypeOf(input)).toBe(want);
  });
});
