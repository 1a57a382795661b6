import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';
import type { Lang } from '../../../shared/model/localized-text';
import { translator, type Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/ja';

/** What the menu depends on besides the language. */
export interface MenuContext {
  readonly lang: Lang;
  /** Packaged apps have no developer tools or reload. */
  readonly isPackaged: boolean;
  readonly platform: NodeJS.Platform;
  readonly appName: string;
}

const SEPARATOR: MenuItemConstructorOptions = { type: 'separator' };

/** The radio items of the language menu: each language named in itself, and the command that picks it. */
const LANGUAGE_ITEMS: readonly { readonly lang: Lang; readonly label: MessageKey; readonly command: MenuCommand }[] = [
  { lang: 'ja', label: 'menu.languageJapanese', command: 'lang-ja' },
  { lang: 'en', label: 'menu.languageEnglish', command: 'lang-en' },
];

/** The macOS application menu (first menu, titled with the app name). */
function appMenu(t: Translate, appName: string, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  return {
    label: appName,
    submenu: [
      { label: t('menu.about'), click: () => send('about') },
      SEPARATOR,
      { label: t('menu.services'), role: 'services' },
      SEPARATOR,
      { label: t('menu.hide'), role: 'hide' },
      { label: t('menu.hideOthers'), role: 'hideOthers' },
      { label: t('menu.showAll'), role: 'unhide' },
      SEPARATOR,
      { label: t('menu.quit'), role: 'quit' },
    ],
  };
}

/** The View menu: filter, language, zoom, full screen, and developer tools when unpackaged. */
function viewMenu(t: Translate, context: MenuContext, send: (command: MenuCommand) => void): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = context.isPackaged
    ? []
    : [SEPARATOR, { label: t('menu.reload'), role: 'reload' }, { label: t('menu.devTools'), role: 'toggleDevTools' }];
  return {
    label: t('menu.view'),
    submenu: [
      { label: t('menu.focusFilter'), accelerator: 'CmdOrCtrl+F', click: () => send('focus-filter') },
      SEPARATOR,
      {
        label: t('menu.language'),
        submenu: LANGUAGE_ITEMS.map(
          (item): MenuItemConstructorOptions => ({ label: t(item.label), type: 'radio', checked: item.lang === context.lang, click: () => send(item.command) }),
        ),
      },
      SEPARATOR,
      { label: t('menu.resetZoom'), role: 'resetZoom' },
      { label: t('menu.zoomIn'), role: 'zoomIn' },
      { label: t('menu.zoomOut'), role: 'zoomOut' },
      SEPARATOR,
      { label: t('menu.fullScreen'), role: 'togglefullscreen' },
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
  const t = translator(context.lang);
  const isMac = context.platform === 'darwin';
  const fileMenu: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.openList'), accelerator: 'CmdOrCtrl+O', click: () => send('open-list') },
      { label: t('menu.openCertificates'), accelerator: 'CmdOrCtrl+Shift+O', click: () => send('open-certificates') },
      SEPARATOR,
      { label: t('menu.export'), accelerator: 'CmdOrCtrl+E', click: () => send('export') },
      SEPARATOR,
      isMac ? { label: t('menu.close'), role: 'close' } : { label: t('menu.quit'), role: 'quit' },
    ],
  };
  // The Edit menu is what makes Cmd+C / Cmd+V work in text fields on macOS (copying a PEM).
  const editMenu: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { label: t('menu.undo'), role: 'undo' },
      { label: t('menu.redo'), role: 'redo' },
      SEPARATOR,
      { label: t('menu.cut'), role: 'cut' },
      { label: t('menu.copy'), role: 'copy' },
      { label: t('menu.paste'), role: 'paste' },
      { label: t('menu.selectAll'), role: 'selectAll' },
    ],
  };
  const windowMenu: MenuItemConstructorOptions[] = isMac
    ? [{ label: t('menu.window'), role: 'windowMenu', submenu: [{ label: t('menu.minimize'), role: 'minimize' }, { label: t('menu.close'), role: 'close' }] }]
    : [];
  const helpMenu: MenuItemConstructorOptions = { label: t('menu.help'), role: 'help', submenu: [{ label: t('menu.about'), click: () => send('about') }] };
  return [...(isMac ? [appMenu(t, context.appName, send)] : []), fileMenu, editMenu, viewMenu(t, context, send), ...windowMenu, helpMenu];
}
