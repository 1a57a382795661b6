import { resolve } from 'node:path';
import type { FileToSave, FolderSaveKind, FolderSaveOutcome, HostError } from '../../../shared/ipc/contract';
import { writeFailed } from '../../../shared/ipc/errors';
import { FOLDER_KIND_EXTENSIONS, hasAllowedExtension } from '../../../shared/ipc/writable-file-kinds';
import type { Result } from '../../../shared/model/result';
import type { FileError } from '../../../node/files/file-error';
import { pathInsideFolder } from '../../../node/files/path-inside-folder';
import { writeFileAtomic, type AtomicWriteOptions } from '../../../node/files/write-file-atomic';
import { hostErrorOf } from '../../../node/files/host-error';

/** A folder export's outcome plus the errors behind every 'write-failed' skip (for the user-facing message). */
export interface FolderSaveReport extends FolderSaveOutcome {
  readonly errors: readonly HostError[];
}

/** Options of saveFilesToFolder. */
export interface SaveFilesToFolderOptions {
  /** Replace files that already exist (only when the user said so). */
  readonly overwrite: boolean;
  /** What the export writes, and so which extensions it may write (FOLDER_KIND_EXTENSIONS); certificate files when left out. */
  readonly kind?: FolderSaveKind;
  /** Turns a suggested name into a safe file name (shared/export's rules). */
  readonly sanitizeName: (name: string) => string;
  /** The atomic writer (node/files), injectable for tests. */
  readonly write?: (target: string, bytes: Uint8Array, options: AtomicWriteOptions) => Promise<Result<null, FileError>>;
}

/**
 * Writes every file into `folder` under a sanitised name, each atomically. A name that would resolve
 * outside the folder, or that does not end in an extension of the export's kind (.crt .cer .pem for
 * certificates, .tsv for request files: a folder export writes nothing else, whatever the renderer names), is never written; existing files are skipped with reason 'exists' unless
 * `overwrite`. Returns the names written and the names skipped with why, in input order.
 */
export async function saveFilesToFolder(folder: string, files: readonly FileToSave[], options: SaveFilesToFolderOptions): Promise<FolderSaveReport> {
  const write = options.write ?? writeFileAtomic;
  const extensions = FOLDER_KIND_EXTENSIONS[options.kind ?? 'certificates'];
  const written: string[] = [];
  const skipped: { name: string; reason: 'exists' | 'write-failed' }[] = [];
  const errors: HostError[] = [];
  for (const file of files) {
    const name = options.sanitizeName(file.name);
    if (!hasAllowedExtension(name, extensions)) {
      skipped.push({ name, reason: 'write-failed' });
      errors.push(writeFailed(name, 'kind-not-written'));
      continue;
    }
    const target = pathInsideFolder(folder, name);
    if (target === null) {
      skipped.push({ name, reason: 'write-failed' });
      errors.push(writeFailed(name, 'permission'));
      continue;
    }
    // Sequential on purpose: 500 small files are quick, and parallel writes would race on duplicate names.
    const result = await write(target, file.bytes, { overwrite: options.overwrite });
    if (result.ok) {
      written.push(name);
    } else if (result.error.code === 'exists') {
      skipped.push({ name, reason: 'exists' });
    } else {
      skipped.push({ name, reason: 'write-failed' });
      errors.push(hostErrorOf(result.error, name));
    }
  }
  return { folder: resolve(folder), written, skipped, errors };
}
