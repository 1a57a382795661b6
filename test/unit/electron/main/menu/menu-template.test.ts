import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuCommand } from '../../../../../shared/ipc/contract';
import { buildMenuTemplate, type MenuContext } from '../../../../../electron/main/menu/menu-template';

/** Every item of a template, depth first. */
function flatten(items: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

/** The item with this label (anywhere), or undefined. */
function find(items: readonly MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return flatten(items).find((item) => item.label === label);
}

/** Clicks an item as Electron would (its click ignores the arguments). */
function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

const windows: MenuContext = { lang: 'ja', isPackaged: true, platform: 'win32', appName: 'UPKI TSV Viewer' };

describe('buildMenuTemplate', () => {
  it('has the Japanese top-level menus in order', () => {
    expect(buildMenuTemplate(windows, () => undefined).map((menu) => menu.label)).toEqual(['ファイル', '編集', '表示', 'ヘルプ']);
  });

  const commands: readonly { name: string; input: string; want: MenuCommand }[] = [
    { name: 'TSVを開く… asks the page to open a list', input: 'TSVを開く…', want: 'open-list' },
    { name: '証明書ファイルを開く… asks to open certificates', input: '証明書ファイルを開く…', want: 'open-certificates' },
    { name: '書き出し… asks to export', input: '書き出し…', want: 'export' },
    { name: 'フィルタへ移動 focuses the filter', input: 'フィルタへ移動', want: 'focus-filter' },
    { name: '日本語 switches to Japanese', input: '日本語', want: 'lang-ja' },
    { name: 'English switches to English', input: 'English', want: 'lang-en' },
    { name: 'このアプリについて shows the about box', input: 'このアプリについて', want: 'about' },
  ];
  it.each(commands)('$name', ({ input, want }) => {
    const sent: MenuCommand[] = [];
    click(find(buildMenuTemplate(windows, (command) => sent.push(command)), input));
    expect(sent).toEqual([want]);
  });

  it('ends the File menu with 終了 (quit) on Windows and Linux', () => {
    const file = buildMenuTemplate(windows, () => undefined)[0];
    const items = file?.submenu as MenuItemConstructorOptions[];
    expect(items.at(-1)).toMatchObject({ label: '終了', role: 'quit' });
  });

  it('has the zoom and full-screen roles', () => {
    const roles = flatten(buildMenuTemplate(windows, () => undefined)).map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'copy', 'paste', 'selectAll']));
  });

  it('has no developer tools or reload when packaged', () => {
    const roles = flatten(buildMenuTemplate(windows, () => undefined)).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
  });

  it('has developer tools when not packaged', () => {
    const roles = flatten(buildMenuTemplate({ ...windows, isPackaged: false }, () => undefined)).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
  });

  it('checks the current language', () => {
    const template = buildMenuTemplate({ ...windows, lang: 'en' }, () => undefined);
    expect(find(template, '日本語')?.checked).toBe(false);
    expect(find(template, 'English')?.checked).toBe(true);
  });

  it('is all English in English, with the language item naming itself in both', () => {
    const template = buildMenuTemplate({ ...windows, lang: 'en' }, () => undefined);
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(find(template, 'Open TSV…')).toBeDefined();
    expect(find(template, 'Language (言語)')).toBeDefined();
    const labels = flatten(template).map((item) => item.label ?? '').filter((label) => label !== '日本語' && label !== 'Language (言語)');
    expect(labels.filter((label) => /[\u3040-\u30ff\u4e00-\u9faf]/.test(label))).toEqual([]);
  });

  it('adds the macOS application and Window menus and closes the window from File', () => {
    const template = buildMenuTemplate({ ...windows, platform: 'darwin' }, () => undefined);
    expect(template[0]?.label).toBe('UPKI TSV Viewer');
    expect(template.map((menu) => menu.label)).toContain('ウインドウ');
    expect(find(template, '終了')?.role).toBe('quit');
    const file = template[1]?.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)?.role).toBe('close');
  });

  it('gives the open, export and filter items their shortcuts', () => {
    const template = buildMenuTemplate(windows, () => undefined);
    expect(find(template, 'TSVを開く…')?.accelerator).toBe('CmdOrCtrl+O');
    expect(find(template, 'フィルタへ移動')?.accelerator).toBe('CmdOrCtrl+F');
  });
});
