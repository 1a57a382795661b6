import type { Problem } from '../model/problem';
import { err, ok, type Result } from '../model/result';
import { fileProblem } from '../tsv/row-problems';

/**
 * A list file's bytes not read yet: what a browser's File offers. The web page hands the chosen File
 * to the list worker as it is, so a 100 MB list is copied into memory there and not on the window's
 * thread, where the copy alone stalled the page for 0.4 s.
 */
export interface UnreadBytes {
  readonly size: number;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** The bytes of a list file, reading them first when they come unread; a file that cannot be read (moved, changed, gone) is a problem of the file. */
export async function listFileBytes(fileName: string, source: Uint8Array | UnreadBytes): Promise<Result<Uint8Array, Problem>> {
  if (source instanceof Uint8Array) return ok(source);
  try {
    return ok(new Uint8Array(await source.arrayBuffer()));
  } catch {
    return err(
      fileProblem(fileName, 'file-unreadable', {
        ja: 'ファイルを読めませんでした（選んだあとに移動・変更・削除されたかもしれません）。もう一度選んでください',
        en: 'the file could not be read (it may have been moved, changed or deleted after it was chosen); choose it again',
      }),
    );
  }
}
