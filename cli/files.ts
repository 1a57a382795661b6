import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fstatSync, fsyncSync, linkSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeSync, mkdirSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { MAX_INPUT_FILE_BYTES } from '../shared/model/limits';
import type { LocalizedText } from '../shared/model/localized-text';
import { CliError, inputError } from './cli-error';
import { text } from './lang';

/** Largest input file read (bytes): the one limit every front end states (shared/model/limits.ts). */
export const MAX_INPUT_BYTES = MAX_INPUT_FILE_BYTES;

/** A short reason for a Node file-system error, by its code. */
function reasonOf(error: unknown, file: string): ReturnType<typeof text> {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return text(`ファイルが見つかりません: ${file}`, `file not found: ${file}`);
  if (code === 'EACCES' || code === 'EPERM') return text(`ファイルを読む権限がありません: ${file}`, `permission denied: ${file}`);
  if (code === 'EISDIR') return text(`フォルダーです（ファイルを指定してください）: ${file}`, `is a folder, not a file: ${file}`);
  return text(`ファイルを読めません: ${file} (${code ?? 'error'})`, `cannot read ${file} (${code ?? 'error'})`);
}

/**
 * Reads a whole input file, refusing (exit 1) a missing file, a folder, or a file over `limit`
 * bytes — the size is checked on the open descriptor before any byte is read.
 */
export function readInputFile(file: string, cwd: string, limit: number = MAX_INPUT_BYTES): Uint8Array {
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), 'r');
  } catch (error) {
    throw inputError(reasonOf(error, file));
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw inputError(reasonOf({ code: 'EISDIR' }, file));
    if (stat.size > limit) {
      const mb = (n: number) => Math.ceil(n / 1024 / 1024);
      throw inputError(
        text(`ファイルが大きすぎます（${mb(stat.size)} MB、上限 ${mb(limit)} MB）: ${file}`, `file too large (${mb(stat.size)} MB, limit ${mb(limit)} MB): ${file}`),
      );
    }
    const bytes = new Uint8Array(stat.size);
    let done = 0;
    while (done < bytes.length) {
      const read = readSync(fd, bytes, done, bytes.length - done, done);
      if (read === 0) break;
      done += read;
    }
    return bytes.subarray(0, done);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw inputError(reasonOf(error, file));
  } finally {
    closeSync(fd);
  }
}

/**
 * The absolute path of `name` inside `folder`, proven not to leave it: `name` must be a single path
 * segment, and path.resolve(folder, name) must sit directly in the resolved folder. Throws exit 1 otherwise.
 */
export function pathInsideFolder(folder: string, name: string): string {
  const root = resolve(folder);
  const target = resolve(root, name);
  const rel = relative(root, target);
  if (name === '' || rel === '' || rel.startsWith('..') || isAbsolute(rel) || dirname(target) !== root || basename(target) !== name) {
    throw inputError(text(`書き出し先がフォルダーの外を指しています: ${name}`, `refusing a file name that leaves the folder: ${name}`));
  }
  return target;
}

/**
 * The output folder `folder` resolved against `cwd`, created (with its parents) when missing, as
 * `--out ./certs` on a fresh machine is meant; a path that exists but is not a folder is refused (exit 1).
 */
export function ensureOutputFolder(folder: string, cwd: string): string {
  const root = resolve(cwd, folder);
  try {
    if (!existsSync(root)) mkdirSync(root, { recursive: true });
    if (statSync(root).isDirectory()) return root;
  } catch {
    // Falls through to the one clear message below (permission denied, a file in the way, …).
  }
  throw inputError(text(`書き出し先のフォルダーを用意できません: ${folder}`, `cannot use or create the output folder: ${folder}`));
}

/** The "file already exists" refusal for `target`. */
function existsError(target: string): CliError {
  return inputError(text(`ファイルが既にあります（上書きするには --force を付けてください）: ${target}`, `file already exists (add --force to overwrite): ${target}`));
}

/** Refuses (exit 1) when `target` exists and may not be overwritten: checked before anything is written. */
export function refuseExisting(target: string, overwrite: boolean): void {
  if (!overwrite && existsSync(target)) throw existsError(target);
}

/** The bytes written to a new temporary file beside `target`, flushed; returns its path. */
function writeTemporary(target: string, bytes: Uint8Array): string {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    return temp;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    removeTemporary(temp);
    throw writeError(target, error);
  }
}

/** Moves the temporary file into place; without `overwrite` an existing file is never replaced. */
function placeTemporary(temp: string, target: string, overwrite: boolean): void {
  try {
    if (overwrite) {
      renameSync(temp, target);
      return;
    }
    try {
      linkSync(temp, target);
      unlinkSync(temp);
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (code === 'EEXIST' || existsSync(target)) throw existsError(target);
      renameSync(temp, target);
    }
  } catch (error) {
    removeTemporary(temp);
    throw writeError(target, error);
  }
}

function removeTemporary(temp: string): void {
  if (existsSync(temp)) unlinkSync(temp);
}

function writeError(target: string, error: unknown): CliError {
  if (error instanceof CliError) return error;
  const code = (error as { code?: string }).code ?? 'error';
  return inputError(text(`ファイルを書き込めません: ${target} (${code})`, `cannot write ${target} (${code})`));
}

/**
 * Writes `bytes` to `target` atomically: into a temporary file in the same folder, flushed, then
 * moved into place. Without `overwrite` an existing file is never replaced, even one created
 * meanwhile (hard link fails with EEXIST; on file systems without links, a check then rename).
 * Throws exit 1 with a clear message when the file exists or the write fails.
 */
export function writeFileAtomic(target: string, bytes: Uint8Array, overwrite: boolean): void {
  refuseExisting(target, overwrite);
  placeTemporary(writeTemporary(target, bytes), target, overwrite);
}

/**
 * Like writeFileAtomic, but reads the temporary file back from disk and hands its bytes to `check`
 * before moving it into place: a file that fails its check (the returned message) is removed and
 * never appears under `target` (exit 1).
 */
export async function writeFileAtomicChecked(
  target: string,
  bytes: Uint8Array,
  overwrite: boolean,
  check: (written: Uint8Array) => Promise<LocalizedText | null>,
): Promise<void> {
  refuseExisting(target, overwrite);
  const temp = writeTemporary(target, bytes);
  let problem: LocalizedText | null;
  try {
    problem = await check(new Uint8Array(readFileSync(temp)));
  } catch (error) {
    removeTemporary(temp);
    throw writeError(target, error);
  }
  if (problem !== null) {
    removeTemporary(temp);
    throw inputError(problem);
  }
  placeTemporary(temp, target, overwrite);
}
