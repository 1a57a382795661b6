import { MAX_BUNDLE_FILE_BYTES } from '../../../shared/model/limits';
import { readFileLimited } from '../../../node/files/read-file';

/** The bytes of one file of the renderer bundle, or null when it is missing, not a regular file or too large. */
export async function readBundleFile(path: string): Promise<Uint8Array<ArrayBuffer> | null> {
  const read = await readFileLimited(path, { maxBytes: MAX_BUNDLE_FILE_BYTES });
  return read.ok ? read.value : null;
}
