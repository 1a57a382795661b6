import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/model/localized-text';
import { MENU_LABELS, type MenuLabels } from './menu-labels';

/** What the menu depends on besides the language. */
export interface MenuContext {
  readonly lang: Lang;
  /** Packaged apps have no developer tools or reload. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/** The macOS application menu (first menu, titled with the app name). */
function appMenu(labels: MenuLabels, appName: string, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { label: labels.about, click: () => send('about') },
      SEPARATOR,
      { label: labels.services, role: 'services' },
      SEPARATOR,
      { label: labels.hide, role: 'hide' },
      { label: labels.hideOthers, role: 'hideOthers' },
      { label: labels.showAll, role: 'unhide' },
      SEPARATOR,
      { label: labels.quit, role: 'quit' },
    ],
  };
}

/** The View menu: filter, language, zoom, full screen, and developer tools when unpackaged. */
function viewMenu(labels: MenuLabels, context: MenuContext, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [SEPARATOR, { label: labels.reload, role: 'reload' }, { label: labels.devTools, role: 'toggleDevTools' }];
  return {
    label: labels.view,
    submenu: [
      { label: labels.focusFilter, accelerator: 'CmdOrCtrl+F', click: () => send('focus-filter') },
      SEPARATOR,
      {
        label: labels.language,
        submenu: [
          { label: '日本語', type: 'radio', checked: context.lang === 'ja', click: () => send('lang-ja') },
          { label: 'English', type: 'radio', checked: context.lang === 'en', click: () => send('lang-en') },
        ],
      },
      SEPARATOR,
      { label: labels.resetZoom, role: 'resetZoom' },
      { label: labels.zoomIn, role: 'zoomIn' },
      { label: labels.zoomOut, role: 'zoomOut' },
      SEPARATOR,
      { label: labels.fullScreen, role: 'togglefullscreen' },
      ...developer,
    ],
  };
}

/**
 * The application menu as an Electron template, in the given language. Menu items that belong to the
 * page (open, export, filter, language, about) call `send` with a MenuCommand for the renderer; the
 * rest are Electron roles. macOS gets its application menu and a Window menu.
 */
export function buildMenuTemplate(context: MenuContext, send: (command: MenuCommand) => void): MenuItemConstructorOptions[] {
  const labels = MENU_LABELS[context.lang];
  const isMac = context.platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: [
      { label: labels.openList, accelerator: 'CmdOrCtrl+O', click: () => send('open-list') },
      { label: labels.openCertificates, accelerator: 'CmdOrCtrl+Shift+O', click: () => send('open-certificates') },
      SEPARATOR,
      { label: labels.export, accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      SEPARATOR,
      isMac ? { label: labels.close, role: 'close' } : { label: labels.quit, role: 'quit' },
    ],
  };
  // The Edit menu is what makes Cmd+C / Cmd+V work in text fields on macOS (copying a PEM).
  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { label: labels.undo, role: 'undo' },
      { label: labels.redo, role: 'redo' },
      SEPARATOR,
      { label: labels.cut, role: 'cut' },
      { label: labels.copy, role: 'copy' },
      { label: labels.paste, role: 'paste' },
      { label: labels.selectAll, role: 'selectAll' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: labels.window, role: 'windowMenu', submenu: [{ label: labels.minimize, role: 'minimize' }, { label: labels.close, role: 'close' }] }]
    : [];
  const helpMenu: MenuItemConstructorOptions = { label: labels.help, role: 'help', submenu: [{ label: labels.about, click: () => send('about') }] };
  return [...(isMac ? [appMenu(labels, context.appName, send)] : []), fileMenu, editMenu, viewMenu(labels, context, send), ...windowMenu, helpMenu];
}
