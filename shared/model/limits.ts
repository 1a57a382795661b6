import type { LocalizedText } from './localized-text';

/**
 * Every size limit of the project, in one table: what a front end (Electron host, web page, CLI)
 * reads into memory and what the host contract lets one request carry. A file above its limit is
 * refused from its size alone, before any byte of it is read; each number exists only here
 * (shared/ipc/limits.ts re-exports the contract's).
 */

// ---- Input files the user opens ----

/** Largest serverAll.tsv / clientAll.tsv accepted, in bytes (512 MiB; a 50,000-row list is about 150 MB). */
export const MAX_LIST_FILE_BYTES = 512 * 1024 * 1024;

/**
 * Largest certificate, key, CSR, CRL or chain file accepted, in bytes (16 MiB). Such files are a few
 * kilobytes; a large CRL of a public CA is a few megabytes.
 */
export const MAX_CERTIFICATE_FILE_BYTES = 16 * 1024 * 1024;

/**
 * Largest file a host reads when it cannot yet tell a list from a certificate file, in bytes (the list
 * limit). The renderer's worker then refuses a certificate, key or CRL file over MAX_CERTIFICATE_FILE_BYTES.
 */
export const MAX_INPUT_FILE_BYTES = MAX_LIST_FILE_BYTES;

// ---- The app's own files ----

/** Largest settings file (recent files, window state) the app reads back, in bytes (1 MiB; ours are a few kilobytes). */
export const MAX_SETTINGS_FILE_BYTES = 1024 * 1024;

/** Largest file of the renderer bundle the app:// protocol serves, in bytes (64 MiB; the bundle is a few MB). */
export const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

// ---- What one request of the host contract may carry ----

/** Largest single file the renderer may ask the host to save, in bytes (64 MiB). */
export const MAX_SAVE_FILE_BYTES = 64 * 1024 * 1024;

/** Most files one folder export may write. */
export const MAX_FOLDER_FILES = 500;

/** Largest total of one folder export, in bytes (256 MiB). */
export const MAX_FOLDER_TOTAL_BYTES = 256 * 1024 * 1024;

/** Longest file name accepted, in UTF-16 code units (most file systems allow 255). */
export const MAX_NAME_LENGTH = 255;

// ---- Saying so ----

/**
 * Megabytes with one decimal at most, for messages ("512 MB"): rounded to the nearest tenth, or up
 * with `roundUp` so that a size just over a limit never reads as the limit ("16.1 MB", not "16 MB").
 */
function megabytes(bytes: number, roundUp = false): string {
  const tenths = (bytes / (1024 * 1024)) * 10;
  return `${(roundUp ? Math.ceil(tenths) : Math.round(tenths)) / 10} MB`;
}

/** The one sentence for a file over its limit, naming the file, its size and the limit (sizes in bytes). */
export function fileTooLargeText(name: string, sizeBytes: number, limitBytes: number): LocalizedText {
  const size = megabytes(sizeBytes, sizeBytes > limitBytes);
  return {
    ja: `「${name}」は大きすぎます（${size}、上限 ${megabytes(limitBytes)}）。`,
    en: `"${name}" is too large (${size}; the limit is ${megabytes(limitBytes)}).`,
  };
}
