/**
 * The notebook window's size, position and state, kept from one run to the next in window-state.json in the
 * app's userData folder:
 *
 *   { "bounds": { "x": 1940, "y": 40, "width": 1280, "height": 820 }, "isMaximized": false, "isFullScreen": false }
 *
 * `bounds` are the window's normal (not maximized, not full-screen) bounds, so un-maximizing after a restart
 * returns to where the window was. Saved after the window stops moving or resizing, and at once on close. A
 * file that is missing, damaged or from another version gives the default window: a desk must always start.
 * Restored bounds are fitted to the displays present now (fitToDisplays), so a window saved on a monitor that
 * has since been unplugged comes back on the primary display rather than off-screen.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Rectangle } from 'electron';
import { z } from 'zod';

/** Name of the file in the userData folder. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Size of the window on a first start, or when nothing saved can be used. */
export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 820 } as const;

/** The window's minimum size (BrowserWindow's minWidth and minHeight); no restored size is smaller. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** How long the window must stay still before its bounds are written (a drag fires dozens of 'move's). */
export const SAVE_DELAY_MS = 500;

// Beyond any display ever made: a larger value is a damaged file, not a window.
const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(1).max(100_000);

/** Schema of the saved window state. */
export const WindowStateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: length, height: length }),
  isMaximized: z.boolean(),
  isFullScreen: z.boolean(),
});
/** The saved window state. */
export type WindowState = z.infer<typeof WindowStateSchema>;

/** A width and a height. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Where the state is read from and written to; fileDisk() is the real one. */
export interface WindowStateDisk {
  /** The file's text, or undefined when there is none. */
  read(): string | undefined;
  write(text: string): void;
}

/** The saved state, or undefined (with a warning when a file was there but unusable). */
export function readWindowState(disk: WindowStateDisk, warn: (message: string) => void = console.warn): WindowState | undefined {
  let text: string | undefined;
  try {
    text = disk.read();
  } catch (error) {
    warn(`Could not read the saved window position; using the default: ${String(error)}`);
    return undefined;
  }
  if (text === undefined) return undefined;
  try {
    return WindowStateSchema.parse(JSON.parse(text));
  } catch (error) {
    warn(`The saved window position is damaged; using the default: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * Where the window goes on the displays present now (their work areas: the screen minus taskbar and dock).
 * The saved bounds go on the display they overlap most, shrunk to fit it and moved inside it; bounds that
 * overlap no display (their monitor is gone) keep their size and are centred on the primary display, and so
 * do bounds that are missing or not finite numbers, at the default size. The size is never below `minSize`,
 * even on a display smaller than that (the window then starts at the display's top-left corner).
 */
export function fitToDisplays(saved: Rectangle | undefined, workAreas: readonly Rectangle[], primary: Rectangle, minSize: Size = MIN_WINDOW_SIZE): Rectangle {
  const usable = saved !== undefined && [saved.x, saved.y, saved.width, saved.height].every(Number.isFinite) ? saved : undefined;
  const display = usable === undefined ? undefined : mostOverlapped(usable, workAreas);
  const area = display ?? primary;
  const wanted = usable ?? DEFAULT_WINDOW_SIZE;
  const width = Math.round(Math.max(minSize.width, Math.min(wanted.width, area.width)));
  const height = Math.round(Math.max(minSize.height, Math.min(wanted.height, area.height)));
  if (usable === undefined || display === undefined) {
    return { x: area.x + Math.max(0, Math.floor((area.width - width) / 2)), y: area.y + Math.max(0, Math.floor((area.height - height) / 2)), width, height };
  }
  return { x: Math.round(clamp(usable.x, area.x, area.x + area.width - width)), y: Math.round(clamp(usable.y, area.y, area.y + area.height - height)), width, height };
}

function mostOverlapped(bounds: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestArea) {
      best = area;
      bestArea = overlap;
    }
  }
  return best;
}

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

// The lower bound wins when the range is empty (a window wider than its display starts at the display's edge).
function clamp(value: number, lower: number, upper: number): number {
  return Math.max(lower, Math.min(value, upper));
}

/** The parts of a BrowserWindow the keeper uses. */
export interface TrackedWindow {
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
}

/**
 * Saves the window's state to the disk whenever it settles after a change, and at once when it closes.
 * Writes are synchronous: the file is a hundred bytes, and the write on 'close' must be done before the app
 * quits, which does not wait for a promise.
 */
export function keepWindowState(window: TrackedWindow, disk: WindowStateDisk, delayMs = SAVE_DELAY_MS, warn: (message: string) => void = console.warn): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    const { x, y, width, height } = window.getNormalBounds();
    const bounds = { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) };
    // Checked like a file being read: what would be refused on the next start is not worth writing.
    const parsed = WindowStateSchema.safeParse({ bounds, isMaximized: window.isMaximized(), isFullScreen: window.isFullScreen() });
    if (!parsed.success) return;
    try {
      disk.write(`${JSON.stringify(parsed.data)}\n`);
    } catch (error) {
      // Losing the window's position is not worth bothering staff about; the next change tries again.
      warn(`Could not save the window position: ${String(error)}`);
    }
  };
  const later = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) window.on(event, later);
  window.on('close', save);
}

/**
 * The real disk: one file, written atomically (temporary file, then rename), so a power cut leaves the old
 * state or the new one, never half a file.
 */
export function fileDisk(file: string): WindowStateDisk {
  return {
    read() {
      try {
        return readFileSync(file, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
    },
    write(text) {
      const temporary = `${file}.tmp`;
      mkdirSync(dirname(file), { recursive: true });
      try {
        writeFileSync(temporary, text);
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}
