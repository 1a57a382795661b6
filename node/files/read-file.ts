// fs/promises' own copy of the constants: `import … from 'node:fs'` would make Node's ES module view of
// node:fs, which reads every export once and so loads the stream classes (issue 13, CLI cold start).
import { constants, open, stat } from 'node:fs/promises';
import { err, ok, type Result } from '../../shared/model/result';
import type { FileError } from './file-error';
import { readErrorOf } from './fs-error';

/** What this module asks of an open file's status (node:fs Stats fits). */
export interface ReadStats {
  isFile(): boolean;
  isDirectory(): boolean;
  readonly size: number;
}

/** The part of an open file handle this module uses (node:fs/promises FileHandle fits). */
export interface ReadHandle {
  stat(): Promise<ReadStats>;
  read(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ readonly bytesRead: number }>;
  close(): Promise<void>;
}

/** The file-system functions readFileLimited uses, injectable for tests. */
export interface ReadFileSystem {
  open(path: string, flags: number): Promise<ReadHandle>;
  /** Status of the path without opening it; when given, a folder or non-regular file is refused before open. */
  stat?(path: string): Promise<Pick<ReadStats, 'isFile' | 'isDirectory'>>;
}

/** Options of readFileLimited; sizes in bytes. */
export interface ReadFileOptions {
  /** The largest file read (shared/model/limits.ts); a bigger one is refused from its size alone. */
  readonly maxBytes: number;
  readonly fs?: ReadFileSystem;
}

const nodeFs: ReadFileSystem = { open, stat };

// Read-only, and non-blocking so that opening a FIFO (named pipe) returns at once instead of waiting
// for a writer; the fstat below then refuses it. O_NONBLOCK does not change reads of regular files.
// Windows has no O_NONBLOCK (nor FIFOs that open() could block on).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The refusal a path's status earns before it is opened (folder, FIFO, device, socket), or null to go on. */
function refusalOf(stats: Pick<ReadStats, 'isFile' | 'isDirectory'>, path: string): FileError | null {
  if (stats.isDirectory()) return { code: 'is-a-folder', file: path };
  if (!stats.isFile()) return { code: 'not-a-regular-file', file: path };
  return null;
}

/**
 * The refusal from stat(path), before anything is opened: opening a device can have effects of its own
 * (a tape rewinds, a terminal is taken) and, where O_NONBLOCK does not exist, opening a FIFO waits for a
 * writer. A stat that fails says nothing here; open then reports why.
 */
async function refusalBeforeOpen(fs: ReadFileSystem, path: string): Promise<FileError | null> {
  if (fs.stat === undefined) return null;
  try {
    return refusalOf(await fs.stat(path), path);
  } catch {
    return null;
  }
}

/**
 * Reads a whole regular file into memory, refusing (as a FileError value, never a throw) a missing or
 * unreadable file, a folder, anything that is not a regular file (a FIFO, a device such as /dev/zero,
 * a socket) and a file over `maxBytes`. A path that is not a regular file is refused from stat before it
 * is opened; every refusal is judged again from fstat of the open descriptor, before any byte is read,
 * so the checked file is the read file (a swap between stat and open changes nothing). A file that shrinks while being read
 * gives the bytes that were there; one that grows gives its first `size` bytes.
 */
export async function readFileLimited(path: string, options: ReadFileOptions): Promise<Result<Uint8Array<ArrayBuffer>, FileError>> {
  const fs = options.fs ?? nodeFs;
  const refused = await refusalBeforeOpen(fs, path);
  if (refused !== null) return err(refused);
  let handle: ReadHandle;
  try {
    handle = await fs.open(path, OPEN_FLAGS);
  } catch (error) {
    return err(readErrorOf(error, path));
  }
  try {
    const stats = await handle.stat();
    const refusal = refusalOf(stats, path);
    if (refusal !== null) return err(refusal);
    if (stats.size > options.maxBytes) return err({ code: 'too-large', file: path, size: stats.size, limit: options.maxBytes });
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const { bytesRead } = await handle.read(bytes, filled, bytes.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return ok(filled === bytes.length ? bytes : bytes.slice(0, filled));
  } catch (error) {
    return err(readErrorOf(error, path));
  } finally {
    await handle.close().catch(() => undefined);
  }
}
