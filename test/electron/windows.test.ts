/**
 * The main window as created: where it opens, how it shows, that its state is kept, that a crashed page loads
 * the app again and that its loads are reported (the deep-link opener waits for them).
 */
import type { EventEmitter } from 'node:events';
import type { Rectangle } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowStateDisk } from '../../electron/main/window-state';

const electron = vi.hoisted(() => ({
  created: [] as unknown[],
  displays: [] as { workArea: { x: number; y: number; width: number; height: number } }[],
  quit: vi.fn(),
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class FakeContents extends Emitter {
    send = vi.fn();
    isDestroyed = (): boolean => false;
    forcefullyCrashRenderer = vi.fn();
  }
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeContents();
    bounds: Rectangle;
    loadURL = vi.fn(async (_url: string) => undefined);
    show = vi.fn();
    maximize = vi.fn();
    setFullScreen = vi.fn();
    constructor(readonly options: Rectangle & Record<string, unknown>) {
      super();
      this.bounds = { x: options.x, y: options.y, width: options.width, height: options.height };
      electron.created.push(this);
    }
    getNormalBounds = (): Rectangle => this.bounds;
    isMaximized = (): boolean => false;
    isFullScreen = (): boolean => false;
    isDestroyed = (): boolean => false;
  }
  return {
    app: { quit: electron.quit },
    BrowserWindow: FakeBrowserWindow,
    dialog: { showMessageBox: vi.fn() },
    shell: { openExternal: vi.fn() },
    screen: {
      getAllDisplays: () => electron.displays,
      getPrimaryDisplay: () => electron.displays[0],
    },
  };
});

const { createMainWindow } = await import('../../electron/main/window');
const { APP_ENTRY_URL } = await import('../../electron/main/origin');

interface CreatedWindow extends EventEmitter {
  readonly options: Rectangle & Record<string, unknown>;
  readonly webContents: EventEmitter & { send: ReturnType<typeof vi.fn> };
  bounds: Rectangle;
  readonly loadURL: ReturnType<typeof vi.fn>;
  readonly show: ReturnType<typeof vi.fn>;
  readonly maximize: ReturnType<typeof vi.fn>;
  readonly setFullScreen: ReturnType<typeof vi.fn>;
}

function disk(content?: object): WindowStateDisk & { writes: string[] } {
  const writes: string[] = [];
  return { writes, read: () => (content === undefined ? undefined : JSON.stringify(content)), write: (text) => void writes.push(text) };
}

function open(stateDisk: WindowStateDisk, hooks: { onPageLoaded?: () => void; onPageGone?: () => void } = {}): CreatedWindow {
  createMainWindow({ devUrl: undefined, stateDisk, isQuitting: () => false, ...hooks });
  return electron.created.at(-1) as CreatedWindow;
}

beforeEach(() => {
  electron.created.length = 0;
  electron.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
});

describe('createMainWindow', () => {
  it('opens where it was closed, at its minimum size or more, and loads the app', () => {
    electron.displays.push({ workArea: { x: 1920, y: 0, width: 2560, height: 1400 } });
    const window = open(disk({ bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: false, isFullScreen: false }));
    expect(window.options).toMatchObject({ x: 2000, y: 100, width: 1400, height: 900, minWidth: 720, minHeight: 480, show: false });
    expect(window.loadURL).toHaveBeenCalledExactlyOnceWith(APP_ENTRY_URL);
  });

  it('comes back on the primary display when the monitor it was on is gone', () => {
    const window = open(disk({ bounds: { x: 2000, y: 100, width: 1400, height: 900 }, isMaximized: false, isFullScreen: false }));
    expect(window.options).toMatchObject({ x: 260, y: 70, width: 1400, height: 900 });
  });

  it('shows itself maximized and full-screen again once painted', () => {
    const window = open(disk({ bounds: { x: 10, y: 10, width: 1000, height: 700 }, isMaximized: true, isFullScreen: true }));
    expect(window.maximize).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalledTimes(1);
    expect(window.show).not.toHaveBeenCalled();
    expect(window.setFullScreen).toHaveBeenCalledWith(true);
  });

  it('shows itself normally on a first start', () => {
    const window = open(disk());
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
    expect(window.maximize).not.toHaveBeenCalled();
  });

  it('saves its bounds when closed', () => {
    const stateDisk = disk();
    const window = open(stateDisk);
    window.bounds = { x: 40, y: 50, width: 1100, height: 750 };
    window.emit('close');
    expect(JSON.parse(stateDisk.writes[0] ?? 'null')).toEqual({ bounds: window.bounds, isMaximized: false, isFullScreen: false });
  });

  it('loads the app again after its page crashed, and reports the page gone and loaded', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const onPageLoaded = vi.fn();
    const onPageGone = vi.fn();
    const window = open(disk(), { onPageLoaded, onPageGone });
    window.webContents.emit('did-finish-load');
    expect(onPageLoaded).toHaveBeenCalledWith(window);
    window.webContents.emit('render-process-gone', {}, { reason: 'crashed', exitCode: 1 });
    expect(onPageGone).toHaveBeenCalledWith(window);
    expect(window.loadURL).toHaveBeenCalledTimes(2);
    expect(window.loadURL).toHaveBeenLastCalledWith(APP_ENTRY_URL);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('crashed'));
  });
});
