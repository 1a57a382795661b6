import { mkdir, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { writeFileAtomic } from './write-file-atomic';

/** A small JSON file in the app's userData folder (settings, window bounds, recent files). */
export interface JsonStore {
  /** The parsed content, or null when the file is missing, too large or not JSON. */
  load(): Promise<unknown>;
  /** Replaces the content atomically; false when it could not be written. */
  save(value: unknown): Promise<boolean>;
}

// Our own settings files are a few kilobytes; anything bigger is not ours.
const MAX_STORE_BYTES = 1024 * 1024;

/** A JsonStore backed by one file; a corrupt or missing file reads as null, never throws. */
export function createJsonStore(path: string): JsonStore {
  return {
    async load() {
      try {
        if ((await stat(path)).size > MAX_STORE_BYTES) return null;
        const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
        return parsed;
      } catch {
        return null;
      }
    },
    async save(value) {
      try {
        await mkdir(dirname(path), { recursive: true });
        const bytes = new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`);
        return (await writeFileAtomic(path, bytes, { overwrite: true })).ok;
      } catch {
        return false;
      }
    },
  };
}
