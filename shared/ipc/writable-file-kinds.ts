import type { FolderSaveKind, SaveFileKind } from './contract';

/**
 * The only file kinds the host writes for the renderer, by extension (lower case, no dot). Whatever a
 * (possibly compromised) page asks, the main process writes certificates, chains, CSV, calendars, text and
 * NII request files (.tsv) and nothing a desktop would run or obey: no .bat, .exe, .lnk, .hta, .js, .ps1, desktop.ini.
 */

/** The extensions each save kind may be written with; the save dialog offers exactly these. */
export const SAVE_KIND_EXTENSIONS: { readonly [K in SaveFileKind]: readonly string[] } = {
  'certificate-pem': ['crt', 'pem', 'cer'],
  'certificate-der': ['cer', 'der', 'crt'],
  chain: ['pem', 'crt'],
  pkcs7: ['p7b', 'p7c'],
  csv: ['csv'],
  calendar: ['ics'],
  text: ['txt'],
  request: ['tsv'],
};

/**
 * The extensions each kind of folder export may write: certificate files (shared/export/certificate-file.ts
 * writes .crt or .cer), or request files (.tsv, a batch of more than 99 requests cut into several files).
 * A certificate export can never write a .tsv, nor a request export a certificate.
 */
export const FOLDER_KIND_EXTENSIONS: { readonly [K in FolderSaveKind]: readonly string[] } = {
  certificates: ['crt', 'cer', 'pem'],
  request: ['tsv'],
};

// A final ".ext" of ASCII letters and digits and nothing after it: a trailing dot or space (which
// Windows strips, turning "a.bat." into "a.bat") or an NTFS stream suffix ("a.crt:x") leaves none.
const FINAL_EXTENSION = /\.([A-Za-z0-9]{1,16})$/;

/** The lower-case extension of a file name or path after its last dot, or null when it has none usable. */
export function fileExtensionOf(name: string): string | null {
  const match = FINAL_EXTENSION.exec(name);
  return match === null ? null : match[1]!.toLowerCase();
}

/** True when `name` ends in one of the `allowed` extensions (compared without case). */
export function hasAllowedExtension(name: string, allowed: readonly string[]): boolean {
  const extension = fileExtensionOf(name);
  return extension !== null && allowed.includes(extension);
}

/** Null when `name` ends in an allowed extension; else what is wrong, for an invalid-argument error. */
export function extensionProblem(name: string, allowed: readonly string[], where: string): string | null {
  return hasAllowedExtension(name, allowed) ? null : `${where} must end in one of .${allowed.join(' .')}`;
}
