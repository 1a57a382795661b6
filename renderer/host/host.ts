import type {
  FileToSave,
  FolderSaveKind,
  FolderSaveOutcome,
  HostError,
  MenuCommand,
  OpenedFile,
  OpenFileKind,
  RecentFile,
  SaveFileKind,
  SaveOutcome,
} from '../../shared/ipc/contract';
import type { Lang } from '../../shared/model/localized-text';
import type { Result } from '../../shared/model/result';

/** A host call's outcome: the value, or a HostError (errors cross the boundary as values). */
export type HostCall<T> = Promise<Result<T, HostError>>;

/** A file chosen in an open dialog, before its bytes are read. */
export interface ChosenFile {
  readonly name: string;
  readonly size: number;
}

/**
 * A list file to load: its bytes, or (web) the chosen File itself, which the list worker reads, so a
 * large list is never copied on the window's thread.
 */
export interface ListFile {
  readonly name: string;
  readonly bytes: Uint8Array | Blob;
}

/**
 * Everything the app may ask of the outside world. Two implementations: electron-host (the preload
 * bridge `window.upkiHost`) and web-host (file input, drag and drop, downloads, localStorage). It mirrors
 * shared/ipc/contract.ts; the host only moves bytes, the renderer understands them.
 */
export interface Host {
  readonly kind: 'electron' | 'web';
  /** True when a recent file cannot be reopened by itself and the user must choose it again (web). */
  readonly recentFilesNeedReselect: boolean;
  /**
   * Shows an open dialog; null when cancelled. `onReading`, when the host can tell, is called as soon
   * as files are chosen and before their bytes are read, with the first file's name and size, so a
   * long read shows progress at once (the web host; Electron reads in the main process and answers
   * with the bytes in one call).
   */
  openFiles(kind: OpenFileKind, onReading?: (file: ChosenFile) => void): HostCall<OpenedFile[] | null>;
  /**
   * Shows the open dialog for a list; null when cancelled. `onReading` as for openFiles. The web host
   * answers with the chosen File unread (checked against the size limit); Electron with its bytes.
   */
  openListFile(onReading?: (file: ChosenFile) => void): HostCall<ListFile | null>;
  /** The bundled demo serverAll.tsv. */
  openDemoFile(): HostCall<OpenedFile>;
  /** Files given at launch that the window has not taken yet (empty when none). */
  takeLaunchFiles(): HostCall<OpenedFile[]>;
  /** Recently opened list files, newest first. */
  listRecentFiles(): HostCall<RecentFile[]>;
  /** Opens a recent file again (web: asks the user to choose it again; null when they cancel). */
  openRecentFile(id: string): HostCall<OpenedFile | null>;
  /** Reads the files of a drop (names and bytes); folders and unreadable entries are left out; file-too-large refuses before reading. */
  filesFromDrop(transfer: DataTransfer): HostCall<OpenedFile[]>;
  /** Notes a list file opened some other way (drag and drop) in the recent list, where the host keeps one. */
  rememberOpenedFile(name: string): void;
  /** Saves one file where the user chooses; null when cancelled. */
  saveFile(suggestedName: string, kind: SaveFileKind, bytes: Uint8Array): HostCall<SaveOutcome | null>;
  /** Saves several files of one kind (certificates, or request files) into one folder the user chooses; null when cancelled. */
  saveFilesToFolder(files: FileToSave[], kind: FolderSaveKind): HostCall<FolderSaveOutcome | null>;
  /** Tells the host the UI language (its menus follow). */
  setLanguage(lang: Lang): HostCall<null>;
  /** The host's preferred UI language. */
  getPreferredLanguage(): HostCall<Lang>;
  /** Subscribes to files opened from outside the window; returns the unsubscribe function. */
  onFilesOpened(listener: (files: OpenedFile[]) => void): () => void;
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
