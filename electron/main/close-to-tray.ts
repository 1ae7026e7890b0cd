/**
 * Closing the window while the app keeps running in the tray. Staff close the window to get it out of the
 * way, not to stop a go-to person's top-priority alerts, the sync of what they logged, or the global
 * quick-capture shortcut, all of which live in the window's page: so by default a closed window is hidden,
 * and the app keeps running in the tray until the person quits from its menu (or the app menu's Quit). The
 * first time, a notification says where the app went. Closing really closes when the person turned this off
 * in Settings › Desktop, when the system shows no tray icon (there would be no way back but a second launch),
 * and while the app is quitting.
 */

/** What decides whether a closed window is hidden instead. */
export interface CloseFacts {
  readonly isQuitting: boolean;
  readonly keepInTray: boolean;
  readonly hasTray: boolean;
}

/** True when closing the window should hide it and keep the app running in the tray. */
export function shouldHideOnClose(facts: CloseFacts): boolean {
  return !facts.isQuitting && facts.keepInTray && facts.hasTray;
}

/** The parts of a BrowserWindow used here (tests pass a stand-in). */
export interface HidableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  once(event: 'leave-full-screen', listener: () => void): unknown;
  isFullScreen(): boolean;
  setFullScreen(flag: boolean): void;
  hide(): void;
}

/** What hideOnClose asks of the app around it. */
export interface HideOnCloseOptions {
  /** Asked at each close (shouldHideOnClose with the facts of that moment). */
  readonly shouldHide: () => boolean;
  /** Called after the window was hidden instead of closed. */
  readonly onHidden?: () => void;
}

/** Makes closing the window hide it while options.shouldHide() says so. */
export function hideOnClose(window: HidableWindow, options: HideOnCloseOptions): void {
  window.on('close', (event) => {
    if (!options.shouldHide()) return;
    event.preventDefault();
    if (window.isFullScreen()) {
      // A full-screen window hidden as it is leaves an empty full-screen space behind on macOS.
      window.once('leave-full-screen', () => window.hide());
      window.setFullScreen(false);
    } else {
      window.hide();
    }
    options.onHidden?.();
  });
}

/** The notification shown the first time the window closes into the tray. */
export const TRAY_HINT = {
  title: 'Civic Notebook is still running',
  body: 'Alerts, sync and the quick-capture shortcut go on. Open it again from the tray icon, or quit there. Settings › Desktop changes this.',
} as const;
