import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import type { WriteFileSystem } from './write-file-system';

/**
 * A new temporary file beside `target` (same folder, so the final rename or link never crosses file
 * systems) holding `bytes`, created exclusively (mode 0644), written and flushed to disk (fsync);
 * resolves with its path. On any failure the temporary file is removed and the error rethrown.
 */
export async function writeTemporaryFile(fs: WriteFileSystem, target: string, bytes: Uint8Array): Promise<string> {
  // A dot file with a random part; the name is kept well under 255 bytes.
  const temp = join(dirname(target), `.${basename(target).slice(0, 100)}.${randomBytes(8).toString('hex')}.tmp`);
  const handle = await fs.open(temp, 'wx', 0o644);
  try {
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    await removeQuietly(fs, temp);
    throw error;
  }
  return temp;
}

/** Removes a file, ignoring any failure (used for temporary files on the way out of an error). */
export async function removeQuietly(fs: Pick<WriteFileSystem, 'unlink'>, path: string): Promise<void> {
  await fs.unlink(path).catch(() => undefined);
}
