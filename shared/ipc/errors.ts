import { fileTooLargeText } from '../model/limits';
import type { LocalizedText } from '../model/localized-text';
import type { HostError } from './contract';

/**
 * Constructors for the errors the host returns (as values: an exception thrown across Electron IPC
 * arrives with only its message). Each carries a stable code and a sentence in Japanese and English.
 */

/** Why a file operation failed, read from the OS error code or the file's type (see node/files/fs-error.ts). */
export type FileErrorCause =
  | 'permission'
  | 'read-only'
  | 'no-space'
  | 'not-a-folder'
  | 'is-a-folder'
  | 'not-a-regular-file'
  | 'kind-not-written'
  | 'busy'
  | 'missing'
  | 'other';

const CAUSE_TEXT: { readonly [C in FileErrorCause]: LocalizedText } = {
  permission: { ja: 'アクセス権限がありません', en: 'permission denied' },
  'read-only': { ja: '読み取り専用の場所です', en: 'the location is read-only' },
  'no-space': { ja: 'ディスクの空き容量が足りません', en: 'the disk is full' },
  'not-a-folder': { ja: 'フォルダーではありません', en: 'it is not a folder' },
  'is-a-folder': { ja: 'ファイルではなくフォルダーです', en: 'it is a folder, not a file' },
  'not-a-regular-file': { ja: '通常のファイルではありません（デバイスやパイプなど）', en: 'it is not a regular file (a device or a pipe)' },
  'kind-not-written': {
    ja: 'このアプリが保存するのは証明書・CSV・カレンダー・テキスト・申請TSV のファイル（.crt .cer .pem .der .p7b .p7c .csv .ics .txt .tsv）だけです',
    en: 'this app only saves certificate, CSV, calendar, text and request files (.crt .cer .pem .der .p7b .p7c .csv .ics .txt .tsv)',
  },
  busy: { ja: '他のプログラムが使用中です', en: 'another program is using it' },
  missing: { ja: '見つかりません', en: 'it was not found' },
  other: { ja: '予期しないエラーが起きました', en: 'an unexpected error occurred' },
};

/** The reason sentence of a cause, in both languages. */
export function describeCause(cause: FileErrorCause): LocalizedText {
  return CAUSE_TEXT[cause];
}

/** A host error from a code and its two sentences. */
export function hostError(code: HostError['code'], ja: string, en: string): HostError {
  return { code, message: { ja, en } };
}

/** The renderer sent an argument the contract does not allow (a bug or a compromised page). */
export function invalidArgument(method: string, detail: string): HostError {
  return hostError('invalid-argument', `内部エラー: ${method} の引数が正しくありません（${detail}）。`, `Internal error: invalid argument to ${method} (${detail}).`);
}

/** The request came from a frame or page that is not the app's own window. */
export function forbiddenSender(method: string): HostError {
  return hostError(
    'forbidden-sender',
    `${method} は拒否されました: アプリ本体以外の画面からの要求です。`,
    `${method} was refused: the request did not come from the app's own page.`,
  );
}

/** The file is bigger than the host agrees to read or write; sizes in bytes. */
export function fileTooLarge(name: string, sizeBytes: number, limitBytes: number): HostError {
  return { code: 'file-too-large', message: fileTooLargeText(name, sizeBytes, limitBytes) };
}

/** The file could not be read, and why. */
export function readFailed(name: string, cause: FileErrorCause): HostError {
  const reason = CAUSE_TEXT[cause];
  return hostError('read-failed', `「${name}」を読み込めませんでした: ${reason.ja}。`, `Could not read "${name}": ${reason.en}.`);
}

/** The file could not be written, and why; nothing was left half-written. */
export function writeFailed(name: string, cause: FileErrorCause): HostError {
  const reason = CAUSE_TEXT[cause];
  return hostError(
    'write-failed',
    `「${name}」を保存できませんでした: ${reason.ja}。書きかけのファイルは残していません。`,
    `Could not save "${name}": ${reason.en}. No half-written file was left behind.`,
  );
}

/** A file the user asked for (a recent file, the demo) is no longer there. */
export function notFound(name: string): HostError {
  return hostError('not-found', `「${name}」が見つかりません。移動または削除された可能性があります。`, `"${name}" was not found; it may have been moved or deleted.`);
}

/** The host cannot do this at all here (e.g. no window to attach a dialog to). */
export function unavailable(what: LocalizedText): HostError {
  return hostError('unavailable', `${what.ja}は利用できません。`, `${what.en} is not available.`);
}
