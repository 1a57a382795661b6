import { basename } from 'node:path';
import type { CertificateList } from '../shared/model/certificate-list';
import { MAX_LIST_FILE_BYTES } from '../shared/model/limits';
import type { Lang } from '../shared/model/localized-text';
import { readCertificateList } from '../shared/tsv/read-certificate-list';
import { inputError } from './cli-error';
import type { CliIo } from './command';
import { readInputFile } from './files-or-exit';
import { eachLanguage, formatMessage } from './i18n/i18n';
import { nodeSha256Hex } from './node-digest';
import { problemLine } from './output/problems';

/**
 * Reads a certificate list file; exits 1 with one line when it is missing, too large or not a list.
 * Row problems are written to stderr, one line each, and stay in `list.problems`.
 */
export async function loadList(file: string, io: CliIo, lang: Lang): Promise<CertificateList> {
  const bytes = await readInputFile(file, io.cwd, MAX_LIST_FILE_BYTES);
  const result = await readCertificateList(bytes, { fileName: basename(file), digestSha256: nodeSha256Hex });
  if (!result.ok) {
    // The file is named as the user typed it (the reader knows only its base name).
    const { message, code } = result.error;
    throw inputError(eachLanguage((inLang) => formatMessage(inLang, 'file.problem', { file, message: message[inLang], code })));
  }
  for (const problem of result.value.problems) io.stderr(`${problemLine(problem, file, lang)}\n`);
  return result.value;
}
