import { detectUnicodeBom, looksLikeUtf32WithoutBom } from '../encoding/unicode-bom';

/** What the first bytes say about a file before any decoding: not a text list, or nothing against it (null). */
export type FileVerdict = 'empty' | 'binary' | 'utf-16le' | 'utf-16be' | 'utf-32' | null;

const SAMPLE_BYTES = 8192;

// Magic numbers of files people pick by mistake: PNG, ZIP (also .xlsx), GZIP, PDF, JPEG, GIF, OLE2 (.xls).
const SIGNATURES: readonly (readonly number[])[] = [
  [0x89, 0x50, 0x4e, 0x47],
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x1f, 0x8b],
  [0x25, 0x50, 0x44, 0x46, 0x2d],
  [0xff, 0xd8, 0xff],
  [0x47, 0x49, 0x46, 0x38],
  [0xd0, 0xcf, 0x11, 0xe0],
];

/** True for the ASCII whitespace bytes TAB, LF, VT, FF, CR and SPACE. */
function isSpaceByte(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/**
 * Classifies a file from its bytes: 'empty' (nothing but whitespace, perhaps after a UTF-8 BOM),
 * 'utf-32' (a UTF-32 BOM, or three NUL bytes in most groups of four), 'utf-16le' / 'utf-16be' (a
 * UTF-16 BOM, or NUL bytes in every other position: the high byte of ASCII, first in big-endian), 'binary' (a known binary signature,
 * NUL bytes, or mostly control characters in the first 8 KB), or null for text worth decoding.
 */
export function sniffFile(bytes: Uint8Array): FileVerdict {
  const bom = detectUnicodeBom(bytes)?.encoding;
  if (bom === 'utf-32le' || bom === 'utf-32be') return 'utf-32';
  if (bom === 'utf-16le' || bom === 'utf-16be') return bom;
  const start = bom === 'utf-8' ? 3 : 0;
  let firstText = start;
  while (firstText < bytes.length && isSpaceByte(bytes[firstText]!)) firstText++;
  if (firstText === bytes.length) return 'empty';
  if (SIGNATURES.some((sig) => sig.every((b, i) => bytes[start + i] === b))) return 'binary';
  const end = Math.min(bytes.length, start + SAMPLE_BYTES);
  let nulEven = 0;
  let nulOdd = 0;
  let control = 0;
  for (let i = start; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) {
      if ((i - start) % 2 === 0) nulEven++;
      else nulOdd++;
    } else if ((b < 0x20 && !isSpaceByte(b)) || b === 0x7f) {
      control++;
    }
  }
  if (looksLikeUtf32WithoutBom(bytes.subarray(start, end))) return 'utf-32';
  const half = (end - start) / 2;
  // UTF-16 text without a BOM: one byte of each ASCII character is 0 (big- or little-endian).
  if (half >= 2 && (nulEven >= half * 0.4 || nulOdd >= half * 0.4) && nulEven + nulOdd < half * 1.2) return nulEven > nulOdd ? 'utf-16be' : 'utf-16le';
  if (nulEven + nulOdd > 0) return 'binary';
  // Shift_JIS and UTF-8 never use bytes below 0x20 inside characters, so control bytes mean binary.
  if (control > (end - start) * 0.1) return 'binary';
  return null;
}
