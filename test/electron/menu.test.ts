import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { AppCommandSchema } from '@shared/ipc/contract';
import { SHORTCUTS } from '../../renderer/src/app/shortcuts';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: vi.fn(), setApplicationMenu: vi.fn() } }));

const { buildMenuTemplate } = await import('../../electron/main/menu');

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}

function template(platform: NodeJS.Platform = 'linux', isPackaged = true): { all: MenuItemConstructorOptions[]; send: ReturnType<typeof vi.fn> } {
  const send = vi.fn();
  return { all: items(buildMenuTemplate({ platform, isPackaged, sendCommand: send })), send };
}

describe('application menu', () => {
  it.each([
    ['Alt+N', 'capture:focus'],
    ['Alt+S', 'capture:newDraft'],
    ['Alt+D', 'capture:nextDraft'],
    ['CmdOrCtrl+K', 'palette:open'],
    ['CmdOrCtrl+F', 'search:focus'],
    ['CmdOrCtrl+[', 'notebook:previousDay'],
    ['CmdOrCtrl+]', 'notebook:nextDay'],
    ['Alt+1', 'view:notebook'],
    ['Alt+2', 'view:review'],
    ['Alt+3', 'view:meeting'],
    ['Alt+4', 'view:projects'],
    ['Alt+5', 'view:newsletter'],
    ['F1', 'help:show'],
    ['CmdOrCtrl+,', 'settings:show'],
  ])('%s sends %s to the window it was used in', (accelerator, command) => {
    const { all, send } = template();
    const item = all.find((candidate) => candidate.accelerator === accelerator);
    const window = {} as BaseWindow;
    item?.click?.({} as never, window, {} as never);
    expect(send).toHaveBeenCalledWith(command, window);
  });

  it('has one item per accelerator, so no key press is claimed twice', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = template(platform).all.flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator.toLowerCase()] : []));
      expect(new Set(accelerators).size, platform).toBe(accelerators.length);
    }
  });

  it('places the views under Go, the next draft under File and the command palette under View', () => {
    const menu = buildMenuTemplate({ platform: 'linux', isPackaged: true, sendCommand: () => undefined });
    const labelsOf = (label: string): unknown[] => {
      const submenu = menu.find((item) => item.label === label)?.submenu;
      return Array.isArray(submenu) ? submenu.map((item: MenuItemConstructorOptions) => item.label) : [];
    };
    expect(labelsOf('Go')).toEqual(expect.arrayContaining(['Projects', 'Newsletter']));
    expect(labelsOf('File')).toContain('Next Draft');
    expect(labelsOf('View')).toContain('Command Palette…');
  });

  it('binds no single printable key, which would fire while staff type', () => {
    const accelerators = template().all.flatMap((item) => (typeof item.accelerator === 'string' ? [item.accelerator] : []));
    for (const accelerator of accelerators) expect(accelerator, accelerator).toMatch(/\+|^F\d+$/);
  });

  it('offers Settings once on every platform', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(template(platform).all.filter((item) => item.accelerator === 'CmdOrCtrl+,')).toHaveLength(1);
    }
  });

  it('leaves reload and DevTools out of packaged builds', () => {
    const roles = (isPackaged: boolean): unknown[] => template('linux', isPackaged).all.map((item) => item.role);
    expect(roles(true)).not.toContain('toggleDevTools');
    expect(roles(true)).not.toContain('reload');
    expect(roles(false)).toContain('toggleDevTools');
  });
});

/** An in-app key string ("Alt+n", "Control+,") as an Electron accelerator ("Alt+N", "CmdOrCtrl+,"). */
function toAccelerator(keys: string): string {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  // The renderer matches Control on Cmd too (shortcuts.ts matchesKey), which is what CmdOrCtrl means.
  const modifiers = parts.map((part) => (part === 'Control' ? 'CmdOrCtrl' : part));
  return [...modifiers, key.length === 1 ? key.toUpperCase() : key].join('+');
}

describe('menu and in-app shortcuts stay in step', () => {
  // Every shortcut that works everywhere, even while typing, and has a modifier: exactly what a menu
  // accelerator can carry without firing while staff type (see menu.ts).
  const global = SHORTCUTS.filter((s) => s.where === 'global').flatMap((s) => s.keys.filter((keys) => keys.includes('+')).map((keys) => ({ id: s.id, keys })));

  it('covers the shortcuts this test is about', () => {
    expect(global.map((s) => s.keys)).toEqual(expect.arrayContaining(['Alt+n', 'Alt+d', 'Alt+5', 'Control+k', 'Control+,']));
  });

  it.each(global)('$keys ($id) has a menu item with that accelerator and command', ({ id, keys }) => {
    const command = AppCommandSchema.parse(id.replace('.', ':'));
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { all, send } = template(platform);
      const item = all.find((candidate) => typeof candidate.accelerator === 'string' && candidate.accelerator.toLowerCase() === toAccelerator(keys).toLowerCase());
      expect(item, `${platform}: no menu item for ${toAccelerator(keys)}`).toBeDefined();
      item?.click?.({} as never, undefined, {} as never);
      expect(send, platform).toHaveBeenCalledWith(command, undefined);
    }
  });
});
