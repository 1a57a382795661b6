import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import type { HostError, OpenedFile } from '../../../shared/ipc/contract';
import { fileTooLarge, notFound, readFailed } from '../../../shared/ipc/errors';
import { MAX_INPUT_FILE_BYTES } from '../../../shared/model/limits';
import { err, ok, type Result } from '../../../shared/model/result';
import { fileErrorCause } from './fs-error-cause';

/** The part of an open file handle this module uses (node:fs/promises FileHandle fits). */
export interface ReadHandle {
  stat(): Promise<{ isFile(): boolean; readonly size: number }>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ readonly bytesRead: number }>;
  close(): Promise<void>;
}

/** The file-system functions this module uses, injectable for tests. */
export interface ReadFileSystem {
  open(path: string, flags: 'r'): Promise<ReadHandle>;
}

/** Options of readChosenFile; sizes in bytes. */
export interface ReadChosenFileOptions {
  readonly maxBytes?: number;
  readonly fs?: ReadFileSystem;
}

const nodeFs: ReadFileSystem = { open };

/**
 * Reads a file the user chose (dialog, command line, double-click) into memory: its base name and
 * bytes. Refuses folders, and files over the size limit before reading them (stat of the open handle,
 * so the checked file is the read file).
 */
export async function readChosenFile(path: string, options: ReadChosenFileOptions = {}): Promise<Result<OpenedFile, HostError>> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_FILE_BYTES;
  const fs = options.fs ?? nodeFs;
  const name = basename(path);
  let handle: ReadHandle;
  try {
    handle = await fs.open(path, 'r');
  } catch (error) {
    const cause = fileErrorCause(error);
    return err(cause === 'missing' ? notFound(name) : readFailed(name, cause));
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return err(readFailed(name, 'is-a-folder'));
    if (stats.size > maxBytes) return err(fileTooLarge(name, stats.size, maxBytes));
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    // A file may shrink while being read; keep what is there rather than reading stale zeros.
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return ok({ name, bytes: filled === bytes.length ? bytes : bytes.slice(0, filled) });
  } catch (error) {
    return err(readFailed(name, fileErrorCause(error)));
  } finally {
    await handle.close().catch(() => undefined);
  }
}
