import type { Menu as ElectronMenu, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../../shared/ipc/contract';
import { buildMenuTemplate, type MenuContext } from './menu-template';

/** The part of Electron's Menu class used. */
export interface MenuModule {
  buildFromTemplate(template: MenuItemConstructorOptions[]): ElectronMenu;
  setApplicationMenu(menu: ElectronMenu | null): void;
}

/** Builds the application menu for a context and makes it the app's menu (called again on a language switch). */
export function installMenu(menu: MenuModule, context: MenuContext, send: (command: MenuCommand) => void): void {
  menu.setApplicationMenu(menu.buildFromTemplate(buildMenuTemplate(context, send)));
}
