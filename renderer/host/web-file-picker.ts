import type { HostError, OpenedFile, OpenFileKind } from '../../shared/ipc/contract';
import { err, ok, type Result } from '../../shared/model/result';
import { readDomFiles, tooLargeFile } from './dropped-files';
import type { ChosenFile, ListFile } from './host';

// What each kind of open dialog offers; browsers treat `accept` as a hint only.
const ACCEPT: { readonly [K in OpenFileKind]: string } = {
  list: '.tsv,.txt,.csv,text/tab-separated-values,text/plain',
  certificates: '.crt,.cer,.pem,.der,.p7b,.p7c,.txt,.key,.csr',
  'private-key': '.key,.pem,.der',
  csr: '.csr,.pem,.txt',
  crl: '.crl,.pem,.der',
  ca: '.crt,.cer,.pem,.der',
  request: '.tsv,.txt,text/tab-separated-values,text/plain',
};

/**
 * Shows the browser's file chooser and resolves with the chosen files, or null when the user cancels.
 * `onChosen` hears of the first chosen file at once. Must be called while handling a user gesture (a
 * click), or the browser ignores it.
 */
function chooseFiles(doc: Document, kind: OpenFileKind, onChosen?: (file: ChosenFile) => void): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.multiple = kind === 'certificates' || kind === 'ca';
    input.hidden = true;
    const finish = (files: FileList | null): void => {
      input.remove();
      const first = files?.[0];
      if (!files || !first) return resolve(null);
      onChosen?.({ name: first.name, size: first.size });
      resolve(Array.from(files));
    };
    input.addEventListener('change', () => finish(input.files), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/**
 * The chosen files read into memory, null when the user cancels, or file-too-large (before reading)
 * when a chosen file is over the size limit. `onReading` hears of the first chosen file before the
 * files are read.
 */
export async function pickFiles(doc: Document, kind: OpenFileKind, onReading?: (file: ChosenFile) => void): Promise<Result<OpenedFile[] | null, HostError>> {
  const files = await chooseFiles(doc, kind, onReading);
  return files ? readDomFiles(files) : ok(null);
}

/**
 * The chosen list file, unread: the list worker reads it (see ListFile). Null when the user cancels,
 * file-too-large when it is over the size limit.
 */
export async function pickListFile(doc: Document, onReading?: (file: ChosenFile) => void): Promise<Result<ListFile | null, HostError>> {
  const files = await chooseFiles(doc, 'list', onReading);
  const file = files?.[0];
  if (!file) return ok(null);
  const tooLarge = tooLargeFile([file]);
  return tooLarge ? err(tooLarge) : ok({ name: file.name, bytes: file });
}
