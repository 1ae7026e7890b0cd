/**
 * The native application menu. Its accelerators mirror the in-app shortcuts (renderer/src/app/shortcuts.ts):
 * every 'global' shortcut with a modifier has an item here with the matching accelerator (a test compares the
 * two lists). Its items send AppCommands, so a menu click and a key press reach the same renderer code.
 * Single-key shortcuts ('[', ']', 't', '?') are deliberately not accelerators: a menu accelerator fires even
 * while the user is typing, and staff type brackets into concerns.
 */
import { Menu } from 'electron';
import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '@shared/ipc/contract';

/** What the menu needs to know about where it runs and how to reach the renderer. */
export interface MenuOptions {
  readonly platform: NodeJS.Platform;
  /** Packaged builds leave out reload and DevTools: a stray Ctrl+R or Ctrl+Shift+I at a public counter helps nobody. */
  readonly isPackaged: boolean;
  readonly sendCommand: (command: AppCommand, window: BaseWindow | undefined) => void;
}

/** The menu as data, so tests can read accelerators without building a native menu. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const command = (label: string, accelerator: string | undefined, appCommand: AppCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator === undefined ? {} : { accelerator }),
    click: (_item, window) => options.sendCommand(appCommand, window),
  });
  const settings = command('Settings…', 'CmdOrCtrl+,', 'settings:show');

  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      role: 'appMenu',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: 'File',
      submenu: [
        command('Log a Concern', 'Alt+N', 'capture:focus'),
        command('Set Draft Aside and Start Another', 'Alt+S', 'capture:newDraft'),
        command('Next Draft', 'Alt+D', 'capture:nextDraft'),
        ...(isMac ? [] : [{ type: 'separator' } as const, settings, { type: 'separator' } as const, { role: 'quit' } as const]),
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        command('Search', 'CmdOrCtrl+F', 'search:focus'),
      ],
    },
    {
      label: 'Go',
      submenu: [
        command('Notebook', 'Alt+1', 'view:notebook'),
        command('Review Queue', 'Alt+2', 'view:review'),
        command('Meeting', 'Alt+3', 'view:meeting'),
        command('Projects', 'Alt+4', 'view:projects'),
        command('Newsletter', 'Alt+5', 'view:newsletter'),
        { type: 'separator' },
        command('Today', undefined, 'notebook:today'),
        command('Previous Day', 'CmdOrCtrl+[', 'notebook:previousDay'),
        command('Next Day', 'CmdOrCtrl+]', 'notebook:nextDay'),
      ],
    },
    {
      label: 'View',
      submenu: [
        command('Command Palette…', 'CmdOrCtrl+K', 'palette:open'),
        { type: 'separator' },
        ...(options.isPackaged ? [] : [{ role: 'reload' } as const, { role: 'toggleDevTools' } as const, { type: 'separator' } as const]),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    { role: 'help', submenu: [command('Keyboard Shortcuts', 'F1', 'help:show')] },
  );
  return template;
}

/** Builds the template and installs it as the application menu. */
export function installApplicationMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(options)));
}
