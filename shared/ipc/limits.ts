/**
 * Size limits of the host contract. They bound what one IPC message may carry and what the host
 * reads into memory, so a bug or a hostile page cannot make the main process allocate without limit.
 * The numbers live in the one limits table, shared/model/limits.ts.
 */

export { MAX_FOLDER_FILES, MAX_FOLDER_TOTAL_BYTES, MAX_NAME_LENGTH, MAX_SAVE_FILE_BYTES } from '../model/limits';

/** Form of the random ids of recent files: 32 lower-case hex digits (128 bits), never a path. */
export const RECENT_FILE_ID_PATTERN = /^[0-9a-f]{32}$/;
