import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

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
    ['CmdOrCtrl+F', 'search:focus'],
    ['CmdOrCtrl+[', 'notebook:previousDay'],
    ['CmdOrCtrl+]', 'notebook:nextDay'],
    ['Alt+1', 'view:notebook'],
    ['Alt+2', 'view:review'],
    ['Alt+3', 'view:meeting'],
    ['F1', 'help:show'],
    ['CmdOrCtrl+,', 'settings:show'],
  ])('%s sends %s to the window it was used in', (accelerator, command) => {
    const { all, send } = template();
    const item = all.find((candidate) => candidate.accelerator === accelerator);
    const window = {} as BaseWindow;
    item?.click?.({} as never, window, {} as never);
    expect(send).toHaveBeenCalledWith(command, window);
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
