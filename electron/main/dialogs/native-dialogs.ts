import type { BaseWindow, OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { join } from 'node:path';
import type { OpenFileKind, SaveFileKind } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/model/localized-text';
import { folderDialogOptions, openDialogOptions, saveDialogOptions } from './dialog-options';

/** The part of Electron's `dialog` module used. Called through the object so tests can stub its methods. */
export interface DialogModule {
  showOpenDialog(window: BaseWindow, options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  showSaveDialog(window: BaseWindow, options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
}

/** What the dialogs need to know at the moment they open. */
export interface DialogContext {
  readonly dialog: DialogModule;
  /** The window the dialog is modal to; null when there is none (the dialog is then refused). */
  readonly window: () => BaseWindow | null;
  readonly lang: () => Lang;
  /** The folder a save dialog starts in (the user's Documents). */
  readonly defaultFolder: () => string;
  /** shared/export's file-name rules, applied to the renderer's suggested name. */
  readonly sanitizeName: (name: string) => string;
}

/** The native dialogs the handlers use: chosen paths, or null when cancelled. */
export interface NativeDialogs {
  chooseFiles(kind: OpenFileKind): Promise<string[] | null>;
  chooseSavePath(suggestedName: string, kind: SaveFileKind): Promise<string | null>;
  chooseFolder(): Promise<string | null>;
}

/** Native open, save and folder dialogs, modal to the app window. */
export function createNativeDialogs(context: DialogContext): NativeDialogs {
  return {
    async chooseFiles(kind) {
      const window = context.window();
      if (window === null) return null;
      const result = await context.dialog.showOpenDialog(window, openDialogOptions(kind, context.lang()));
      return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
    },
    async chooseSavePath(suggestedName, kind) {
      const window = context.window();
      if (window === null) return null;
      const defaultPath = join(context.defaultFolder(), context.sanitizeName(suggestedName));
      const result = await context.dialog.showSaveDialog(window, saveDialogOptions(defaultPath, kind, context.lang()));
      return result.canceled || result.filePath === undefined || result.filePath === '' ? null : result.filePath;
    },
    async chooseFolder() {
      const window = context.window();
      if (window === null) return null;
      const result = await context.dialog.showOpenDialog(window, folderDialogOptions(context.lang()));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
