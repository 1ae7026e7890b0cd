/**
 * Whether the app is on its way out. Set by 'before-quit' (the menu's Quit, the tray's, the system's) and by
 * the updater just before it restarts into an update: macOS's updater closes the windows before 'before-quit'
 * is emitted, and a window that hides into the tray on close would otherwise keep the app, and the update,
 * from restarting. While quitting, a closing window really closes and a renderer going away is no crash.
 */
let quitting = false;

/** True once the app has begun to quit. */
export function isQuitting(): boolean {
  return quitting;
}

/** Notes that the app is quitting (it does not quit by itself). */
export function markQuitting(): void {
  quitting = true;
}
