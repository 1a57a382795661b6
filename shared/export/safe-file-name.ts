/**
 * File names that are safe on Windows, macOS and Linux and can never leave the folder they are
 * written into: no path separators, no `..`, no device names. Rules from Microsoft's "Naming Files,
 * Paths, and Namespaces" (reserved characters and names, no trailing dot or space).
 */

/** Longest file name we write, in UTF-8 bytes: below the 255-byte limit of ext4/APFS/NTFS with room for a temp suffix. */
export const MAX_FILE_NAME_BYTES = 200;

/** The name used when nothing usable is left of the base. */
export const FALLBACK_FILE_NAME = 'certificate';

// Windows reserved characters <>:"/\|?*, C0 and C1 controls, DEL, and the Unicode line separators and
// bidirectional controls that can make "gpj.exe" look like "exe.jpg" (CVE-2021-42574 style spoofing).
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;
// CON, PRN, AUX, NUL, COM0-9, LPT0-9 (and the superscript-digit forms) are devices on Windows,
// with or without an extension: "con.crt" and "con.example.crt" both open the console.
const RESERVED_STEM = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)$/i;

const encoder = new TextEncoder();

/** Strips leading and trailing dots and spaces (Windows drops trailing ones silently; leading dots hide files). */
function trimDotsAndSpaces(text: string): string {
  return text.replace(/^[.\s]+|[.\s]+$/g, '');
}

/** The longest prefix of `text` (whole code points) that fits in `maxBytes` of UTF-8. */
function truncateUtf8(text: string, maxBytes: number): string {
  if (encoder.encode(text).length <= maxBytes) return text;
  let out = '';
  let bytes = 0;
  for (const char of text) {
    const size = encoder.encode(char).length;
    if (bytes + size > maxBytes) break;
    out += char;
    bytes += size;
  }
  return out;
}

/**
 * A safe file name `base.extension`: unsafe characters become "_", runs of dots collapse (no `..`),
 * leading/trailing dots and spaces go, a Windows device name gets a "_" prefix, an empty base becomes
 * "certificate", and the whole name is capped at MAX_FILE_NAME_BYTES of UTF-8, keeping the extension.
 * The extension keeps only ASCII letters and digits; an empty one gives a name without a dot.
 */
export function safeFileName(base: string, extension: string): string {
  const ext = extension.replace(/[^A-Za-z0-9]/g, '').slice(0, 16);
  const suffix = ext === '' ? '' : `.${ext}`;
  let stem = trimDotsAndSpaces(base.normalize('NFC').replace(UNSAFE_CHARACTERS, '_').replace(/\.{2,}/g, '.'));
  if (stem === '') stem = FALLBACK_FILE_NAME;
  const firstPart = stem.split('.')[0]!.trim();
  if (RESERVED_STEM.test(firstPart)) stem = `_${stem}`;
  stem = trimDotsAndSpaces(truncateUtf8(stem, MAX_FILE_NAME_BYTES - encoder.encode(suffix).length));
  return `${stem || FALLBACK_FILE_NAME}${suffix}`;
}
