/**
 * The main window. Its webPreferences come from security.ts untouched but for the preload path; the
 * window-open, navigation and permission rules are applied to every web contents in index.ts.
 */
import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './origin';
import { preloadPath } from './paths';
import { SECURE_WEB_PREFERENCES } from './security';
import { trackWindow } from './windows';

/** Opens the notebook window: the dev server when one is given, else the bundled renderer over app://. */
export function createMainWindow(devUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    title: 'Civic Notebook',
    // Shown once painted, so staff never see a white flash while the notebook loads.
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath() },
  });
  trackWindow(window);
  window.once('ready-to-show', () => window.show());
  window.loadURL(devUrl ?? APP_ENTRY_URL).catch((error: unknown) => {
    console.error('The notebook window could not load the app:', error);
  });
  return window;
}
