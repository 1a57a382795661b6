import type { HostError, OpenedFile, OpenFileKind } from '../../shared/ipc/contract';
import { ok, type Result } from '../../shared/model/result';
import { readDomFiles } from './dropped-files';
import type { ChosenFile } from './host';

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
 * Shows the browser's file chooser and resolves with the chosen files, null when the user cancels,
 * or file-too-large (before reading) when a chosen file is over the size limit. `onReading` hears of
 * the first chosen file before the files are read.
 * Must be called while handling a user gesture (a click), or the browser ignores it.
 */
export function pickFiles(doc: Document, kind: OpenFileKind, onReading?: (file: ChosenFile) => void): Promise<Result<OpenedFile[] | null, HostError>> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.multiple = kind === 'certificates' || kind === 'ca';
    input.hidden = true;
    const finish = (files: FileList | null): void => {
      input.remove();
      const first = files?.[0];
      if (!files || !first) return resolve(ok(null));
      onReading?.({ name: first.name, size: first.size });
      void readDomFiles(Array.from(files)).then(resolve);
    };
    input.addEventListener('change', () => finish(input.files), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}
