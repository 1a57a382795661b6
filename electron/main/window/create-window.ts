import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { JsonStore } from '../files/json-store';
import { mainWindowOptions } from './window-options';
import { fitWindowState, parseWindowState, type ScreenRect } from './window-state';

/** What creating the main window needs (Electron parts injected by main.ts). */
export interface CreateWindowDeps {
  readonly createBrowserWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  /** Work areas of the connected displays, primary first. */
  readonly workAreas: () => ScreenRect[];
  readonly stateStore: JsonStore;
  readonly preloadPath: string;
  readonly entryUrl: string;
  readonly title: string;
  readonly devTools: boolean;
  readonly iconPath?: string;
  /** Called once the window is gone (its bounds saved). */
  readonly onClosed: () => void;
}

/** The bounds worth remembering (the un-maximised ones) and whether it is maximised. */
function currentState(window: BrowserWindow): Rectangle & { maximized: boolean } {
  return { ...window.getNormalBounds(), maximized: window.isMaximized() };
}

/**
 * Creates the main window where it was last (kept on a visible display), shows it after the first
 * paint, loads the app, and saves its bounds when it closes: the close is held until the state file
 * is written, then the window is destroyed.
 */
export async function createMainWindow(deps: CreateWindowDeps): Promise<BrowserWindow> {
  const state = fitWindowState(parseWindowState(await deps.stateStore.load()), deps.workAreas());
  const window = deps.createBrowserWindow(
    mainWindowOptions({ state, preloadPath: deps.preloadPath, title: deps.title, devTools: deps.devTools, ...(deps.iconPath === undefined ? {} : { iconPath: deps.iconPath }) }),
  );
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  let saving = false;
  window.on('close', (event) => {
    if (saving) return;
    saving = true;
    event.preventDefault();
    void deps.stateStore.save(currentState(window)).finally(() => window.destroy());
  });
  window.on('closed', deps.onClosed);
  await window.loadURL(deps.entryUrl);
  return window;
}
