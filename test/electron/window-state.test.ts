/** The window's size and position: fitted to the displays present now, saved when it settles, read back safely. */
import { EventEmitter } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Rectangle } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_WINDOW_SIZE,
  fileDisk,
  fitToDisplays,
  keepWindowState,
  readWindowState,
  SAVE_DELAY_MS,
  WINDOW_STATE_FILE,
} from '../../electron/main/window-state';
import type { TrackedWindow, WindowState, WindowStateDisk } from '../../electron/main/window-state';

// A laptop's screen (taskbar at the bottom) and a monitor to its right.
const primary: Rectangle = { x: 0, y: 0, width: 1920, height: 1040 };
const right: Rectangle = { x: 1920, y: 0, width: 2560, height: 1400 };
const left: Rectangle = { x: -1280, y: 200, width: 1280, height: 984 };
const small: Rectangle = { x: 0, y: 0, width: 640, height: 400 };
const topTaskbar: Rectangle = { x: 0, y: 40, width: 1920, height: 1040 };

const rect = (x: number, y: number, width: number, height: number): Rectangle => ({ x, y, width, height });
const centredOnPrimary = (width: number, height: number): Rectangle => rect((1920 - width) / 2, (1040 - height) / 2, width, height);

describe('fitToDisplays', () => {
  it.each<[string, Rectangle | undefined, Rectangle[], Rectangle, Rectangle]>([
    ['keeps a window that fits on the primary display', rect(100, 80, 1280, 820), [primary, right], primary, rect(100, 80, 1280, 820)],
    ['keeps a window on a second monitor that is still there', rect(2200, 100, 1400, 900), [primary, right], primary, rect(2200, 100, 1400, 900)],
    ['brings a window whose monitor is gone back to the primary display, centred', rect(2200, 100, 1400, 900), [primary], primary, centredOnPrimary(1400, 900)],
    ['keeps a window on a monitor left of the primary (negative x)', rect(-1200, 300, 1000, 700), [left, primary], primary, rect(-1200, 300, 1000, 700)],
    ['moves a window hanging off the right edge back inside', rect(1500, 500, 1280, 820), [primary], primary, rect(640, 220, 1280, 820)],
    ['moves a window above the screen down below a top taskbar', rect(100, 0, 1280, 820), [topTaskbar], topTaskbar, rect(100, 40, 1280, 820)],
    ['puts a window across two monitors on the one it mostly covers', rect(1700, 100, 1280, 820), [primary, right], primary, rect(1920, 100, 1280, 820)],
    ['shrinks a window larger than its display to the work area', rect(-50, -50, 5000, 3000), [primary], primary, rect(0, 0, 1920, 1040)],
    ['grows a tiny window to the minimum size', rect(300, 300, 100, 50), [primary], primary, rect(300, 300, 720, 480)],
    ['never goes below the minimum size, even on a smaller display', rect(0, 0, 640, 400), [small], small, rect(0, 0, 720, 480)],
    ['centres a huge off-world position on the primary display', rect(1e9, 1e9, 1280, 820), [primary, right], primary, centredOnPrimary(1280, 820)],
    ['uses the default for NaN values', rect(Number.NaN, 10, 1280, 820), [primary], primary, centredOnPrimary(DEFAULT_WINDOW_SIZE.width, DEFAULT_WINDOW_SIZE.height)],
    ['uses the default for infinite sizes', rect(0, 0, Number.POSITIVE_INFINITY, 820), [primary], primary, centredOnPrimary(1280, 820)],
    ['uses the default on a first start', undefined, [primary, right], primary, centredOnPrimary(1280, 820)],
    ['centres the default within a work area that does not start at 0', undefined, [topTaskbar], topTaskbar, rect(320, 150, 1280, 820)],
  ])('%s', (_name, saved, workAreas, primaryArea, expected) => {
    expect(fitToDisplays(saved, workAreas, primaryArea)).toEqual(expected);
  });

  it('always leaves the window entirely on one display when it fits there', () => {
    const displays = [left, primary, right];
    for (const x of [-5000, -1300, -10, 0, 1000, 1919, 3000, 4500, 9000]) {
      for (const y of [-3000, -10, 0, 500, 1300, 5000]) {
        const fitted = fitToDisplays(rect(x, y, 1000, 700), displays, primary);
        const inside = displays.some((d) => fitted.x >= d.x && fitted.y >= d.y && fitted.x + fitted.width <= d.x + d.width && fitted.y + fitted.height <= d.y + d.height);
        expect(inside, JSON.stringify({ x, y, fitted })).toBe(true);
      }
    }
  });
});

class FakeWindow extends EventEmitter implements TrackedWindow {
  bounds: Rectangle = rect(100, 100, 1280, 820);
  maximized = false;
  fullScreen = false;
  destroyed = false;
  getNormalBounds = (): Rectangle => this.bounds;
  isMaximized = (): boolean => this.maximized;
  isFullScreen = (): boolean => this.fullScreen;
  isDestroyed = (): boolean => this.destroyed;
}

function memoryDisk(): WindowStateDisk & { writes: string[] } {
  const writes: string[] = [];
  return { writes, read: () => writes.at(-1), write: (text) => void writes.push(text) };
}

const parse = (text: string | undefined): WindowState => JSON.parse(text ?? 'null') as WindowState;

describe('keepWindowState', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('writes once the window has stopped moving, not on every move', () => {
    const window = new FakeWindow();
    const disk = memoryDisk();
    keepWindowState(window, disk);
    for (let x = 100; x < 400; x += 10) {
      window.bounds = rect(x, 100, 1280, 820);
      window.emit('move');
      vi.advanceTimersByTime(50);
    }
    expect(disk.writes).toHaveLength(0);
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(disk.writes).toHaveLength(1);
    expect(parse(disk.writes[0]).bounds).toEqual(rect(390, 100, 1280, 820));
  });

  it('writes at once when the window closes', () => {
    const window = new FakeWindow();
    const disk = memoryDisk();
    keepWindowState(window, disk);
    window.emit('resize');
    window.emit('close');
    expect(disk.writes).toHaveLength(1);
    vi.advanceTimersByTime(SAVE_DELAY_MS * 2);
    expect(disk.writes).toHaveLength(1);
  });

  it('keeps the normal bounds and the maximized and full-screen flags', () => {
    const window = new FakeWindow();
    const disk = memoryDisk();
    keepWindowState(window, disk);
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(parse(disk.writes[0])).toEqual({ bounds: rect(100, 100, 1280, 820), isMaximized: true, isFullScreen: false });
    window.fullScreen = true;
    window.emit('enter-full-screen');
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(parse(disk.writes[1]).isFullScreen).toBe(true);
  });

  it('writes nothing for a window that is gone, or bounds a file would be refused for', () => {
    const window = new FakeWindow();
    const disk = memoryDisk();
    keepWindowState(window, disk);
    window.bounds = rect(Number.NaN, 0, 1280, 820);
    window.emit('close');
    window.bounds = rect(0, 0, 1280, 820);
    window.destroyed = true;
    window.emit('close');
    expect(disk.writes).toHaveLength(0);
  });

  it('warns and carries on when the disk refuses the write', () => {
    const window = new FakeWindow();
    const warn = vi.fn();
    const disk: WindowStateDisk = { read: () => undefined, write: () => { throw new Error('EACCES: permission denied'); } };
    keepWindowState(window, disk, SAVE_DELAY_MS, warn);
    expect(() => window.emit('close')).not.toThrow();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('EACCES'));
  });
});

describe('window-state.json on disk', () => {
  let folder: string;
  let file: string;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'window-state-'));
    file = join(folder, 'userData', WINDOW_STATE_FILE);
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('is read back as it was saved, through a folder that did not exist yet, leaving no temporary file', () => {
    const window = new FakeWindow();
    window.bounds = rect(2200, 120, 1400, 900);
    window.maximized = true;
    keepWindowState(window, fileDisk(file));
    window.emit('close');
    expect(readWindowState(fileDisk(file))).toEqual({ bounds: rect(2200, 120, 1400, 900), isMaximized: true, isFullScreen: false });
    expect(readdirSync(join(folder, 'userData'))).toEqual([WINDOW_STATE_FILE]);
  });

  it('gives nothing, silently, on a first start', () => {
    const warn = vi.fn();
    expect(readWindowState(fileDisk(file), warn)).toBeUndefined();
    expect(warn).not.toHaveBeenCalled();
  });

  it.each([
    ['half a file', '{"bounds":{"x":1'],
    ['not JSON', '\u0000\u0000\u0000'],
    ['another shape', '{"width":1280}'],
    ['a size that is not a number', '{"bounds":{"x":0,"y":0,"width":"big","height":820},"isMaximized":false,"isFullScreen":false}'],
    ['a negative size', '{"bounds":{"x":0,"y":0,"width":-5,"height":820},"isMaximized":false,"isFullScreen":false}'],
    ['an absurd position', '{"bounds":{"x":1e300,"y":0,"width":1280,"height":820},"isMaximized":false,"isFullScreen":false}'],
  ])('gives nothing for %s, with a warning, and leaves the file for the next save to replace', (_name, content) => {
    writeFileSync(join(folder, WINDOW_STATE_FILE), content);
    const warn = vi.fn();
    expect(readWindowState(fileDisk(join(folder, WINDOW_STATE_FILE)), warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('damaged'));
    expect(readFileSync(join(folder, WINDOW_STATE_FILE), 'utf8')).toBe(content);
  });

  it('gives nothing, with a warning, when the path cannot be read as a file', () => {
    const warn = vi.fn();
    expect(readWindowState(fileDisk(folder), warn)).toBeUndefined();
    expect(warn).toHaveBeenCalledExactlyOnceWith(expect.stringContaining('Could not read'));
  });
});
