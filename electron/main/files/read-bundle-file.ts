import { readFile, stat } from 'node:fs/promises';

// The renderer bundle is a few MB; refuse anything absurd rather than buffer it.
const MAX_BUNDLE_FILE_BYTES = 64 * 1024 * 1024;

/** The bytes of one file of the renderer bundle, or null when it is missing, a folder or too large. */
export async function readBundleFile(path: string): Promise<Uint8Array<ArrayBuffer> | null> {
  try {
    const stats = await stat(path);
    if (!stats.isFile() || stats.size > MAX_BUNDLE_FILE_BYTES) return null;
    return new Uint8Array(await readFile(path));
  } catch {
    return null;
  }
}
