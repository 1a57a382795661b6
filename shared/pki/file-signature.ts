/**
 * Files that are plainly something else, told by their first bytes (their "magic numbers"): a
 * screenshot or a scanned PDF picked by mistake deserves "this is a PNG image", not "not a TSV" or
 * "the certificate is damaged".
 */

/** A kind of file that is never a certificate or a list. */
export type OtherFileType = 'png' | 'jpeg' | 'gif' | 'webp' | 'pdf' | 'zip' | 'ole' | 'image-tiff';

const SIGNATURES: readonly { readonly type: OtherFileType; readonly bytes: readonly number[]; readonly at?: number }[] = [
  { type: 'png', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { type: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { type: 'webp', bytes: [0x57, 0x45, 0x42, 0x50], at: 8 },
  { type: 'image-tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { type: 'image-tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { type: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  // Office Open XML (.xlsx, .docx) and every other ZIP archive.
  { type: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  // The Compound File Binary format of .xls, .doc and Outlook's .msg.
  { type: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

/** The kind of file the bytes start like, or null when they are none of these. */
export function otherFileTypeOf(bytes: Uint8Array): OtherFileType | null {
  for (const signature of SIGNATURES) {
    const at = signature.at ?? 0;
    if (bytes.length >= at + signature.bytes.length && signature.bytes.every((byte, i) => bytes[at + i] === byte)) return signature.type;
  }
  return null;
}

/** True for the image types (the finding says "image" for them). */
export function isImageType(type: OtherFileType): boolean {
  return type === 'png' || type === 'jpeg' || type === 'gif' || type === 'webp' || type === 'image-tiff';
}
