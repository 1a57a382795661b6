import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from '../security/web-preferences';
import { MIN_WINDOW_SIZE, type WindowState } from './window-state';

/** What the main window is built from. */
export interface MainWindowSettings {
  readonly state: WindowState;
  readonly preloadPath: string;
  readonly title: string;
  readonly devTools: boolean;
  /** The window icon (Linux/Windows taskbar); macOS takes the bundle icon. */
  readonly iconPath?: string;
}

/**
 * The BrowserWindow options of the main window: restored bounds, hidden until the first paint
 * (no white flash), and the locked-down webPreferences.
 */
export function mainWindowOptions(settings: MainWindowSettings): BrowserWindowConstructorOptions {
  return {
    x: settings.state.x,
    y: settings.state.y,
    width: settings.state.width,
    height: settings.state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: settings.title,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    ...(settings.iconPath === undefined ? {} : { icon: settings.iconPath }),
    webPreferences: secureWebPreferences(settings.preloadPath, { devTools: settings.devTools }),
  };
}
