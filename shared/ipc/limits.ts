/**
 * Size limits of the host contract. They bound what one IPC message may carry and what the host
 * reads into memory, so a bug or a hostile page cannot make the main process allocate without limit.
 */

/** Largest file the host reads for the renderer, in bytes: the one stated input limit. */
export { MAX_INPUT_FILE_BYTES as MAX_OPEN_FILE_BYTES } from '../model/limits';

/** Largest single file the renderer may ask the host to save, in bytes (64 MiB). */
export const MAX_SAVE_FILE_BYTES = 64 * 1024 * 1024;

/** Most files one folder export may write. */
export const MAX_FOLDER_FILES = 500;

/** Largest total of one folder export, in bytes (256 MiB). */
export const MAX_FOLDER_TOTAL_BYTES = 256 * 1024 * 1024;

/** Longest file name accepted, in UTF-16 code units (most file systems allow 255). */
export const MAX_NAME_LENGTH = 255;

/** Form of the random ids of recent files: 32 lower-case hex digits (128 bits), never a path. */
export const RECENT_FILE_ID_PATTERN = /^[0-9a-f]{32}$/;
