import type { HostError, OpenedFile } from '../../shared/ipc/contract';
import { fileTooLarge } from '../../shared/ipc/errors';
import { MAX_INPUT_FILE_BYTES } from '../../shared/model/limits';
import { err, ok, type Result } from '../../shared/model/result';

/**
 * The bytes of DOM File objects as OpenedFiles (base name and bytes), in the order given; unreadable
 * files are skipped. A file over `maxBytes` refuses the whole batch with file-too-large, judged from
 * `File.size` before any file is read, so a huge file never reaches memory.
 */
export async function readDomFiles(files: Iterable<File>, maxBytes: number = MAX_INPUT_FILE_BYTES): Promise<Result<OpenedFile[], HostError>> {
  const chosen = Array.from(files);
  const tooLarge = tooLargeFile(chosen, maxBytes);
  if (tooLarge) return err(tooLarge);
  const opened: OpenedFile[] = [];
  for (const file of chosen) {
    try {
      opened.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      // A folder dropped as a "file", or a file removed meanwhile: nothing to read.
    }
  }
  return ok(opened);
}

/** file-too-large for the first file over `maxBytes` (judged from `File.size`, nothing read), or null. */
export function tooLargeFile(files: readonly File[], maxBytes: number = MAX_INPUT_FILE_BYTES): HostError | null {
  const tooLarge = files.find((file) => file.size > maxBytes);
  return tooLarge ? fileTooLarge(tooLarge.name, tooLarge.size, maxBytes) : null;
}

/** The files of a drag-and-drop DataTransfer, read into memory; file-too-large when one is over the limit. */
export function filesFromDrop(transfer: DataTransfer): Promise<Result<OpenedFile[], HostError>> {
  return readDomFiles(Array.from(transfer.files));
}
