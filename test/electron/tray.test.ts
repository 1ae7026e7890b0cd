import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  trays: [] as Array<{ image: unknown; tooltip: string; menu: unknown; listeners: Map<string, () => void>; isDestroyed: boolean }>,
  badge: vi.fn<(count: number) => boolean>(() => true),
  templateImages: new Set<string>(),
}));

vi.mock('node:fs', () => ({ readFileSync: (path: string) => Buffer.from(path) }));
vi.mock('electron', () => ({
  app: { setBadgeCount: electron.badge },
  Menu: { buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }) },
  nativeImage: {
    createFromPath: (path: string) => ({
      path,
      addRepresentation: vi.fn(),
      setTemplateImage: () => electron.templateImages.add(path),
    }),
  },
  Tray: class {
    state = { image: undefined as unknown, tooltip: '', menu: undefined as unknown, listeners: new Map<string, () => void>(), isDestroyed: false };
    constructor(image: unknown) {
      this.state.image = image;
      electron.trays.push(this.state);
    }
    setImage(image: unknown) {
      this.state.image = image;
    }
    setToolTip(text: string) {
      this.state.tooltip = text;
    }
    setContextMenu(menu: unknown) {
      this.state.menu = menu;
    }
    on(event: string, listener: () => void) {
      this.state.listeners.set(event, listener);
    }
    destroy() {
      this.state.isDestroyed = true;
    }
  },
}));

const { createDesktopTray, trayMenuTemplate, trayTooltip } = await import('../../electron/main/tray');

const actions = { open: vi.fn(), capture: vi.fn(), review: vi.fn(), quit: vi.fn() };
const icons = {
  normal: { x1: 'tray.png', x2: 'tray@2x.png' },
  alert: { x1: 'tray-alert.png', x2: 'tray-alert@2x.png' },
  normalTemplate: { x1: 'trayTemplate.png', x2: 'trayTemplate@2x.png' },
  alertTemplate: { x1: 'trayAlertTemplate.png', x2: 'trayAlertTemplate@2x.png' },
};

function click(item: MenuItemConstructorOptions | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

beforeEach(() => {
  electron.trays.length = 0;
  electron.templateImages.clear();
});

describe('trayTooltip', () => {
  it.each([
    [{ unsynced: 0, priorityWaiting: 0 }, 'Civic Notebook: all changes synced; no top-priority concerns waiting'],
    [{ unsynced: 1, priorityWaiting: 1 }, 'Civic Notebook: 1 change not yet synced; 1 top-priority concern waiting'],
    [{ unsynced: 12, priorityWaiting: 3 }, 'Civic Notebook: 12 changes not yet synced; 3 top-priority concerns waiting'],
  ])('says %j as %j', (counts, text) => {
    expect(trayTooltip(counts)).toBe(text);
  });
});

describe('trayMenuTemplate', () => {
  it('lists open, log a concern, both counts and quit, and each item does its action', () => {
    const template = trayMenuTemplate({ unsynced: 4, priorityWaiting: 2 }, actions);
    expect(template.map((item) => item.label ?? item.type)).toEqual([
      'Open Civic Notebook',
      'Log a Concern',
      'separator',
      '4 changes not yet synced',
      '2 top-priority concerns waiting',
      'separator',
      'Quit Civic Notebook',
    ]);
    click(template[0]);
    click(template[1]);
    click(template[4]);
    click(template[6]);
    expect(actions.open).toHaveBeenCalledOnce();
    expect(actions.capture).toHaveBeenCalledOnce();
    expect(actions.review).toHaveBeenCalledOnce();
    expect(actions.quit).toHaveBeenCalledOnce();
    // The unsynced count is a fact to read, not an action.
    expect(template[3]).toMatchObject({ enabled: false });
    expect(template[3]?.click).toBeUndefined();
  });

  it('greys out the priority item when nothing waits', () => {
    const template = trayMenuTemplate({ unsynced: 0, priorityWaiting: 0 }, actions);
    expect(template[3]).toMatchObject({ label: 'All changes synced', enabled: false });
    expect(template[4]).toMatchObject({ label: 'No top-priority concerns waiting', enabled: false });
  });
});

describe('createDesktopTray', () => {
  it('shows the alert icon, tooltip, menu and badge for the counts, and the calm icon again once none wait', () => {
    const tray = createDesktopTray({ icons, actions, platform: 'linux' });
    const shown = electron.trays[0];
    expect(shown).toMatchObject({ image: { path: 'tray.png' }, tooltip: trayTooltip({ unsynced: 0, priorityWaiting: 0 }) });
    tray.update({ unsynced: 2, priorityWaiting: 1 });
    expect(shown).toMatchObject({ image: { path: 'tray-alert.png' }, tooltip: 'Civic Notebook: 2 changes not yet synced; 1 top-priority concern waiting' });
    expect((shown?.menu as { template: MenuItemConstructorOptions[] }).template[4]?.label).toBe('1 top-priority concern waiting');
    expect(electron.badge).toHaveBeenLastCalledWith(1);
    tray.update({ unsynced: 0, priorityWaiting: 0 });
    expect(shown).toMatchObject({ image: { path: 'tray.png' } });
    expect(electron.badge).toHaveBeenLastCalledWith(0);
    tray.destroy();
    expect(shown?.isDestroyed).toBe(true);
  });

  it('changes nothing when the same counts come again', () => {
    const tray = createDesktopTray({ icons, actions, platform: 'win32' });
    tray.update({ unsynced: 3, priorityWaiting: 0 });
    const menu = electron.trays[0]?.menu;
    tray.update({ unsynced: 3, priorityWaiting: 0 });
    expect(electron.trays[0]?.menu).toBe(menu);
  });

  it('uses template images in the macOS menu bar, where a click opens the menu rather than the window', () => {
    createDesktopTray({ icons, actions, platform: 'darwin' });
    expect(electron.trays[0]?.image).toMatchObject({ path: 'trayTemplate.png' });
    expect([...electron.templateImages].sort()).toEqual(['trayAlertTemplate.png', 'trayTemplate.png']);
    expect(electron.trays[0]?.listeners.has('click')).toBe(false);
  });

  it('opens the window on a click on Windows and Linux', () => {
    createDesktopTray({ icons, actions, platform: 'win32' });
    electron.trays[0]?.listeners.get('click')?.();
    expect(actions.open).toHaveBeenCalledOnce();
  });
});
