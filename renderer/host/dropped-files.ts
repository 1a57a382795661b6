import type { OpenedFile } from '../../shared/ipc/contract';

/** The bytes of DOM File objects as OpenedFiles (base name and bytes), in the order given; unreadable files are skipped. */
export async function readDomFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  const opened: OpenedFile[] = [];
  for (const file of files) {
    try {
      opened.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    } catch {
      // A folder dropped as a "file", or a file removed meanwhile: nothing to read.
    }
  }
  return opened;
}

/** The files of a drag-and-drop DataTransfer, read into memory. */
export function filesFromDrop(transfer: DataTransfer): Promise<OpenedFile[]> {
  return readDomFiles(Array.from(transfer.files));
}
