import { dirname } from 'node:path';
import { MAX_SETTINGS_FILE_BYTES } from '../../../shared/model/limits';
import { ensureFolder } from '../../../node/files/ensure-folder';
import { readFileLimited } from '../../../node/files/read-file';
import { writeFileAtomic } from '../../../node/files/write-file-atomic';

/** A small JSON file in the app's userData folder (settings, window bounds, recent files). */
export interface JsonStore {
  /** The parsed content, or null when the file is missing, too large or not JSON. */
  load(): Promise<unknown>;
  /** Replaces the content atomically; false when it could not be written. */
  save(value: unknown): Promise<boolean>;
}

/** A JsonStore backed by one file; a corrupt or missing file reads as null, never throws. */
export function createJsonStore(path: string): JsonStore {
  return {
    async load() {
      const read = await readFileLimited(path, { maxBytes: MAX_SETTINGS_FILE_BYTES });
      if (!read.ok) return null;
      try {
        const parsed: unknown = JSON.parse(new TextDecoder().decode(read.value));
        return parsed;
      } catch {
        return null;
      }
    },
    async save(value) {
      let bytes: Uint8Array;
      try {
        bytes = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
      } catch {
        return false; // a value JSON cannot hold (a cycle, a BigInt)
      }
      if (!(await ensureFolder(dirname(path))).ok) return false;
      return (await writeFileAtomic(path, bytes, { overwrite: true })).ok;
    },
  };
}
