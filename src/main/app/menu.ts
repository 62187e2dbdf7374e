import { Menu, type MenuItemConstructorOptions } from 'electron';

/**
 * The application menu. A till has no use for one, and the default menu's reload (Ctrl+R) or developer
 * tools accelerators could wipe a sale in progress, so packaged builds get none on Windows and Linux.
 * macOS keeps the app, edit and window menus because copy, paste and quit shortcuts live there.
 * Unpackaged builds add reload and developer tools for engineers.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  packaged: boolean,
): MenuItemConstructorOptions[] | null {
  const developer: MenuItemConstructorOptions[] = packaged
    ? []
    : [
        {
          label: 'Developer',
          submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
        },
      ];
  if (platform === 'darwin')
    return [{ role: 'appMenu' }, { role: 'editMenu' }, ...developer, { role: 'windowMenu' }];
  return developer.length > 0 ? developer : null;
}

export function installMenu(platform: NodeJS.Platform, packaged: boolean): void {
  const template = menuTemplate(platform, packaged);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
