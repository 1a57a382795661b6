import type { TextEncodingName } from '../model/certificate-list';

/** How to decode a list file: the encoding, the byte offset after any BOM, and the TextDecoder label. */
export interface DetectedEncoding {
  readonly encoding: TextEncodingName;
  readonly bodyStart: number;
  readonly decoderLabel: 'utf-8' | 'shift_jis';
}

const SAMPLE_BYTES = 64 * 1024;

/** True when bytes[start..end) are all 7-bit ASCII. */
function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i]! >= 0x80) return false;
  return true;
}

/** True when the bytes are valid UTF-8 (a character cut at the end of the sample is allowed). */
function isValidUtf8(sample: Uint8Array): boolean {
  try {
    // stream: true keeps an incomplete final sequence pending instead of failing on it.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Decides the encoding of a list file from its first 64 KB (docs/list-format.md, "Encoding"):
 * a UTF-8 BOM → 'utf-8-bom'; valid UTF-8 with non-ASCII bytes → 'utf-8'; otherwise Shift_JIS (the norm,
 * also for pure ASCII, whose bytes are the same). Returns null when the sample is not text in any of them:
 * mostly undecodable as Shift_JIS, or this platform has no Shift_JIS decoder.
 */
export function detectEncoding(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', bodyStart: 3, decoderLabel: 'utf-8' };
  }
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES));
  if (isAscii(sample, 0, sample.length)) return { encoding: 'shift_jis', bodyStart: 0, decoderLabel: 'shift_jis' };
  if (isValidUtf8(sample)) return { encoding: 'utf-8', bodyStart: 0, decoderLabel: 'utf-8' };
  let text: string;
  try {
    text = new TextDecoder('shift_jis').decode(sample);
  } catch {
    return null;
  }
  let nonAscii = 0;
  let replaced = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xfffd) replaced++;
    else if (code >= 0x80) nonAscii++;
  }
  // A few bad bytes are row problems; a sample that is mostly replacement characters is another encoding.
  if (replaced >= 8 && replaced * 2 >= nonAscii) return null;
  return { encoding: 'shift_jis', bodyStart: 0, decoderLabel: 'shift_jis' };
}
