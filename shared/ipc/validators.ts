import type { Lang } from '../model/localized-text';
import { err, ok, type Result } from '../model/result';
import type { FolderSaveKind, HostArg, HostError, HostRequestName, OpenFileKind, SaveFileKind } from './contract';
import { invalidArgument } from './errors';
import { bytesProblem, exactKeysProblem, fileNameProblem, isPlainObject, oneOfProblem } from './guards';
import { extensionProblem, FOLDER_KIND_EXTENSIONS, SAVE_KIND_EXTENSIONS } from './writable-file-kinds';
import { MAX_FOLDER_FILES, MAX_FOLDER_TOTAL_BYTES, MAX_SAVE_FILE_BYTES, RECENT_FILE_ID_PATTERN } from './limits';

/**
 * Runtime validators of every request argument. The main process runs these on every IPC message
 * before it does anything: the renderer is treated as untrusted input (a compromised page must not
 * be able to make the host write outside the chosen place or allocate without limit).
 */

/** Checks an argument that arrived over IPC: the typed argument, or an invalid-argument error. */
export type ArgValidator<T> = (arg: unknown) => Result<T, HostError>;

// Records rather than arrays so the compiler fails when a kind is added to the contract but not here.
const OPEN_FILE_KINDS: { readonly [K in OpenFileKind]: true } = { list: true, certificates: true, 'private-key': true, csr: true, crl: true, ca: true, request: true };
const SAVE_FILE_KINDS: { readonly [K in SaveFileKind]: true } = { 'certificate-pem': true, 'certificate-der': true, chain: true, pkcs7: true, csv: true, calendar: true, text: true, request: true };
const FOLDER_SAVE_KINDS: { readonly [K in FolderSaveKind]: true } = { certificates: true, request: true };
const LANGS: { readonly [K in Lang]: true } = { ja: true, en: true };

/** The first problem found, or null. */
function firstProblem(...problems: readonly (string | null)[]): string | null {
  return problems.find((problem) => problem !== null) ?? null;
}

/** Builds a validator from a function that names the first problem of an argument (null = valid). */
function validator<K extends HostRequestName>(method: K, problemOf: (arg: unknown) => string | null): ArgValidator<HostArg<K>> {
  return (arg) => {
    const problem = problemOf(arg);
    // The cast is sound: problemOf has just checked every property of HostArg<K>.
    return problem === null ? ok(arg as HostArg<K>) : err(invalidArgument(method, problem));
  };
}

/** Null when the argument is exactly null (requests without an argument). */
function nullProblem(arg: unknown): string | null {
  return arg === null ? null : 'the argument must be null';
}

/** Null when `arg` is a `{ kind, files: FileToSave[] }` within the count and size limits, each file named with an extension of its kind. */
function folderFilesProblem(arg: unknown): string | null {
  const keys = exactKeysProblem(arg, ['kind', 'files'], 'arg');
  if (keys !== null || !isPlainObject(arg)) return keys;
  const kindProblem = oneOfProblem(arg.kind, Object.keys(FOLDER_SAVE_KINDS), 'arg.kind');
  if (kindProblem !== null) return kindProblem;
  const extensions = FOLDER_KIND_EXTENSIONS[arg.kind as FolderSaveKind];
  const files = arg.files;
  if (!Array.isArray(files)) return 'arg.files must be an array';
  if (files.length === 0) return 'arg.files is empty';
  if (files.length > MAX_FOLDER_FILES) return `arg.files has more than ${MAX_FOLDER_FILES} files`;
  let total = 0;
  for (const [index, file] of files.entries()) {
    const where = `arg.files[${index}]`;
    const problem = firstProblem(exactKeysProblem(file, ['name', 'bytes'], where));
    if (problem !== null || !isPlainObject(file)) return problem;
    const fieldProblem = firstProblem(
      fileNameProblem(file.name, `${where}.name`),
      extensionProblem(String(file.name), extensions, `${where}.name`),
      bytesProblem(file.bytes, MAX_SAVE_FILE_BYTES, `${where}.bytes`),
    );
    if (fieldProblem !== null) return fieldProblem;
    total += (file.bytes as Uint8Array).byteLength;
    if (total > MAX_FOLDER_TOTAL_BYTES) return `arg.files total more than ${MAX_FOLDER_TOTAL_BYTES} bytes`;
  }
  return null;
}

/** Null when `arg` is a `{ suggestedName, kind, bytes }` within the limits, the name ending in an extension of its kind. */
function saveFileProblem(arg: unknown): string | null {
  const keys = exactKeysProblem(arg, ['suggestedName', 'kind', 'bytes'], 'arg');
  if (keys !== null || !isPlainObject(arg)) return keys;
  const problem = firstProblem(
    fileNameProblem(arg.suggestedName, 'arg.suggestedName'),
    oneOfProblem(arg.kind, Object.keys(SAVE_FILE_KINDS), 'arg.kind'),
    bytesProblem(arg.bytes, MAX_SAVE_FILE_BYTES, 'arg.bytes'),
  );
  if (problem !== null) return problem;
  return extensionProblem(String(arg.suggestedName), SAVE_KIND_EXTENSIONS[arg.kind as SaveFileKind], 'arg.suggestedName');
}

/** One property object `{ [key]: value }` whose value passes `check`. */
function singleKeyProblem(key: string, check: (value: unknown, where: string) => string | null): (arg: unknown) => string | null {
  return (arg) => {
    const keys = exactKeysProblem(arg, [key], 'arg');
    if (keys !== null || !isPlainObject(arg)) return keys;
    return check(arg[key], `arg.${key}`);
  };
}

/** The validator of every request method's argument. */
export const HOST_REQUEST_VALIDATORS: { readonly [K in HostRequestName]: ArgValidator<HostArg<K>> } = {
  openFiles: validator('openFiles', singleKeyProblem('kind', (value, where) => oneOfProblem(value, Object.keys(OPEN_FILE_KINDS), where))),
  openDemoFile: validator('openDemoFile', nullProblem),
  takeLaunchFiles: validator('takeLaunchFiles', nullProblem),
  listRecentFiles: validator('listRecentFiles', nullProblem),
  openRecentFile: validator(
    'openRecentFile',
    singleKeyProblem('id', (value, where) => (typeof value === 'string' && RECENT_FILE_ID_PATTERN.test(value) ? null : `${where} is not a recent-file id`)),
  ),
  saveFile: validator('saveFile', saveFileProblem),
  saveFilesToFolder: validator('saveFilesToFolder', folderFilesProblem),
  setLanguage: validator('setLanguage', singleKeyProblem('lang', (value, where) => oneOfProblem(value, Object.keys(LANGS), where))),
  getPreferredLanguage: validator('getPreferredLanguage', nullProblem),
};

/** Validates the argument of one request method. */
export function validateHostArg<K extends HostRequestName>(method: K, arg: unknown): Result<HostArg<K>, HostError> {
  const check: ArgValidator<HostArg<K>> = HOST_REQUEST_VALIDATORS[method];
  return check(arg);
}
