import { basename } from 'node:path';
import type { HostError, OpenedFile } from '../../shared/ipc/contract';
import { MAX_INPUT_FILE_BYTES } from '../../shared/model/limits';
import { err, ok, type Result } from '../../shared/model/result';
import { readFileLimited, type ReadFileSystem } from './read-file';
import { hostErrorOf } from './host-error';

/** Options of readChosenFile; sizes in bytes. */
export interface ReadChosenFileOptions {
  /** Default: MAX_INPUT_FILE_BYTES, the list limit; the host cannot yet tell a list from a certificate file. */
  readonly maxBytes?: number;
  readonly fs?: ReadFileSystem;
}

/**
 * Reads a file the user chose (dialog, command line, double-click) into memory: its base name and
 * bytes (node/files' reader: regular files only, the size checked on the open file before reading),
 * or the HostError saying why not. The renderer's worker refuses a certificate, key or CRL file over
 * the certificate-file limit.
 */
export async function readChosenFile(path: string, options: ReadChosenFileOptions = {}): Promise<Result<OpenedFile, HostError>> {
  const name = basename(path);
  const read = await readFileLimited(path, { maxBytes: options.maxBytes ?? MAX_INPUT_FILE_BYTES, ...(options.fs ? { fs: options.fs } : {}) });
  return read.ok ? ok({ name, bytes: read.value }) : err(hostErrorOf(read.error, name));
}
