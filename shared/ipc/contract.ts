import type { NamedBytes } from '../model/named-bytes';
import type { Lang, LocalizedText } from '../model/localized-text';
import type { Result } from '../model/result';

/**
 * The one host contract between the renderer and whatever hosts it (the Electron main process
 * through the preload bridge, or the web page host). The host only moves bytes: it opens files the
 * user chose and saves bytes where the user chooses. Everything that understands the bytes lives in
 * shared/ and runs in the renderer's worker. The renderer never sends a path to write to.
 */

/** A file the host read for the renderer: its base name and bytes (never a path). */
export type OpenedFile = NamedBytes;

/** Which kind of file an open dialog asks for; it sets the dialog's title and filters. */
export type OpenFileKind = 'list' | 'certificates' | 'private-key' | 'csr' | 'crl' | 'ca' | 'request';

/** Which kind of file a save dialog writes; it sets the dialog's filters. */
export type SaveFileKind = 'certificate-pem' | 'certificate-der' | 'chain' | 'pkcs7' | 'csv' | 'calendar' | 'text' | 'request';

/** Which kind of files a folder export writes: certificate files, or NII request files (申請TSV) split at 99 rows. */
export type FolderSaveKind = 'certificates' | 'request';

/** An error the host reports: a stable code and a message in both languages. */
export interface HostError {
  readonly code:
    | 'invalid-argument'
    | 'forbidden-sender'
    | 'file-too-large'
    | 'read-failed'
    | 'write-failed'
    | 'not-found'
    | 'unavailable';
  readonly message: LocalizedText;
}

/** One file to write into a folder the user picks. `name` is a suggestion; the host sanitises it. */
export interface FileToSave {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** What a single save did: where the file went, or null when the user cancelled. */
export interface SaveOutcome {
  /** The path shown to the user (Electron) or the download name (web). */
  readonly savedTo: string;
}

/** What a folder export did: every file written, and every file skipped with why. */
export interface FolderSaveOutcome {
  readonly folder: string;
  readonly written: readonly string[];
  readonly skipped: readonly { readonly name: string; readonly reason: 'exists' | 'write-failed' }[];
}

/** A file the user opened before, remembered only on this computer. */
export interface RecentFile {
  readonly id: string;
  readonly name: string;
  readonly openedAt: number;
}

/** Commands the host's menu sends to the renderer. */
export type MenuCommand = 'open-list' | 'open-certificates' | 'export' | 'about' | 'focus-filter' | 'lang-ja' | 'lang-en';

/** Every request the renderer can make, with its argument and result types. */
export interface HostRequests {
  /** Shows an open dialog; null when cancelled. `multiple` only for 'certificates' and 'ca'. */
  openFiles: { arg: { kind: OpenFileKind }; result: OpenedFile[] | null };
  /** The bundled demo serverAll.tsv. */
  openDemoFile: { arg: null; result: OpenedFile };
  /** Files given on the command line or by the OS (double-click) that the window has not taken yet. */
  takeLaunchFiles: { arg: null; result: OpenedFile[] };
  /** Recently opened list files, newest first. */
  listRecentFiles: { arg: null; result: RecentFile[] };
  /** Opens a recently opened file again by its id. */
  openRecentFile: { arg: { id: string }; result: OpenedFile };
  /** Asks where to save one file (suggested name given), then writes it atomically; null when cancelled. */
  saveFile: { arg: { suggestedName: string; kind: SaveFileKind; bytes: Uint8Array }; result: SaveOutcome | null };
  /** Asks for a folder once, then writes every file (each with an extension of `kind`) atomically, never overwriting; null when cancelled. */
  saveFilesToFolder: { arg: { kind: FolderSaveKind; files: FileToSave[] }; result: FolderSaveOutcome | null };
  /** The language the host's menu should use (the renderer's switch). */
  setLanguage: { arg: { lang: Lang }; result: null };
  /** The host's preferred UI language (the OS language). */
  getPreferredLanguage: { arg: null; result: Lang };
}

/** Names of every request method. */
export type HostRequestName = keyof HostRequests;

/** The argument type of a request. */
export type HostArg<K extends HostRequestName> = HostRequests[K]['arg'];

/** The result type of a request, as a Result so errors cross IPC as values. */
export type HostResult<K extends HostRequestName> = Result<HostRequests[K]['result'], HostError>;

/** Events the host pushes to the renderer. */
export interface HostEvents {
  /** Files opened from outside the window: a second launch, a double-click, the OS "open with". */
  filesOpened: OpenedFile[];
  /** A menu item was chosen. */
  menuCommand: MenuCommand;
}

/**
 * The API object the preload script exposes as `window.upkiHost` (contextBridge), one method per
 * request and one named subscription per event (no generic invoke or on). The renderer's Electron host wraps exactly this.
 */
export type PreloadApi = {
  readonly [K in HostRequestName]: (arg: HostArg<K>) => Promise<HostResult<K>>;
} & {
  /** Subscribes to files opened from outside the window; returns the function that unsubscribes. */
  readonly onFilesOpened: (listener: (files: HostEvents['filesOpened']) => void) => () => void;
  /** Subscribes to menu commands; returns the function that unsubscribes. */
  readonly onMenuCommand: (listener: (command: HostEvents['menuCommand']) => void) => () => void;
};

/** The global name under which the preload exposes the API. */
export const PRELOAD_API_NAME = 'upkiHost';
