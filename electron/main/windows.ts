/**
 * The windows this app created. IPC handlers only answer senders found here, so a window some other code path
 * opened (a DevTools extension page, a future helper window that loads remote content) cannot reach them.
 */
import type { BaseWindow, BrowserWindow } from 'electron';
import { COMMAND_CHANNEL } from '@shared/ipc/contract';
import type { AppCommand } from '@shared/ipc/contract';

const ownWindows = new Set<BrowserWindow>();

/** Remembers a window as ours until it closes. */
export function trackWindow(window: BrowserWindow): void {
  ownWindows.add(window);
  window.once('closed', () => {
    ownWindows.delete(window);
  });
}

/** True when the window is one this app created and it is still open. */
export function isOwnWindow(window: BaseWindow | null | undefined): window is BrowserWindow {
  if (window === null || window === undefined) return false;
  // Identity lookup: a BaseWindow handed to a menu click is the same object as the BrowserWindow we tracked.
  return [...ownWindows].some((own) => own === window) && !window.isDestroyed();
}

/** The window to act on: the focused one of ours, else the first still open, else undefined. */
export function primaryWindow(): BrowserWindow | undefined {
  const open = [...ownWindows].filter((window) => !window.isDestroyed());
  return open.find((window) => window.isFocused()) ?? open[0];
}

/** Brings a window to the front, restoring it when minimised. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/** Brings our window to the front, restoring it when minimised; false when there is none. */
export function focusPrimaryWindow(): boolean {
  const window = primaryWindow();
  if (window === undefined) return false;
  focusWindow(window);
  return true;
}

/** Sends a menu or shortcut command to the given window if it is ours, else to the primary window. */
export function sendCommand(command: AppCommand, target?: BaseWindow | null): void {
  const window = isOwnWindow(target) ? target : primaryWindow();
  window?.webContents.send(COMMAND_CHANNEL, command);
}
