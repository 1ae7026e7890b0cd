/**
 * A stand-in for BrowserWindow with just what windows.ts touches, for tests that mock the electron module.
 */
import type { BrowserWindow } from 'electron';
import { vi } from 'vitest';

/** A fake window and the helpers to drive it. */
export interface FakeWindow {
  readonly window: BrowserWindow;
  readonly send: ReturnType<typeof vi.fn>;
  close(): void;
}

/** Creates a fake window; close() fires its 'closed' listeners and marks it destroyed. */
export function fakeWindow(): FakeWindow {
  const closedListeners: Array<() => void> = [];
  let isDestroyed = false;
  const send = vi.fn();
  const fake = {
    once: (event: string, listener: () => void) => {
      if (event === 'closed') closedListeners.push(listener);
    },
    isDestroyed: () => isDestroyed,
    isFocused: () => false,
    isMinimized: () => false,
    restore: vi.fn(),
    show: vi.fn(),
    focus: vi.fn(),
    webContents: { send },
  };
  return {
    // Only the members above are used by the code under test.
    window: fake as unknown as BrowserWindow,
    send,
    close: () => {
      isDestroyed = true;
      for (const listener of closedListeners) listener();
    },
  };
}
