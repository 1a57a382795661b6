import { link, lstat, open, rename, unlink } from 'node:fs/promises';

/** The part of a writable file handle the atomic writers use (node:fs/promises FileHandle fits). */
export interface WriteHandle {
  writeFile(data: Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system functions the atomic writers use, injectable so tests can make any step fail. */
export interface WriteFileSystem {
  open(path: string, flags: 'wx', mode: number): Promise<WriteHandle>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, newPath: string): Promise<void>;
  unlink(path: string): Promise<void>;
  lstat(path: string): Promise<unknown>;
}

/** The real file system (node:fs/promises). */
export const nodeWriteFileSystem: WriteFileSystem = { open, rename, link, unlink, lstat };
