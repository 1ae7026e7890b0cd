/**
 * The main window. Its webPreferences come from security.ts untouched but for the preload path; the
 * window-open, navigation and permission rules are applied to every web contents in index.ts. It opens where
 * it was last closed (window-state.ts), its page is reloaded after a crash (crash-recovery.ts), and closing it
 * may hide it into the tray instead (close-to-tray.ts).
 */
import { app, BrowserWindow, screen } from 'electron';
import { hideOnClose } from './close-to-tray';
import type { HideOnCloseOptions } from './close-to-tray';
import { askAfterCrashes, askWhenUnresponsive, watchRenderer } from './crash-recovery';
import { APP_ENTRY_URL } from './origin';
import { preloadPath } from './paths';
import { SECURE_WEB_PREFERENCES } from './security';
import { fitToDisplays, keepWindowState, MIN_WINDOW_SIZE, readWindowState } from './window-state';
import type { WindowStateDisk } from './window-state';
import { trackWindow } from './windows';

/** What the main window needs from the app around it. */
export interface MainWindowOptions {
  /** The dev server's address in development; undefined loads the bundled renderer over app://. */
  readonly devUrl: string | undefined;
  /** Where the window's size and position are kept. */
  readonly stateDisk: WindowStateDisk;
  /** True once the app is quitting (a page going away then is no crash). */
  readonly isQuitting: () => boolean;
  /** Called each time the page has loaded (and so listens for messages). */
  readonly onPageLoaded?: (window: BrowserWindow) => void;
  /** Called when the page's renderer went away (until it loads again, messages to it are lost). */
  readonly onPageGone?: (window: BrowserWindow) => void;
  /** When closing the window hides it into the tray instead (close-to-tray.ts); absent: closing closes. */
  readonly hideOnClose?: HideOnCloseOptions;
}

/** Opens the notebook window where it was last, fitted to the displays present now. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const saved = readWindowState(options.stateDisk);
  const bounds = fitToDisplays(
    saved?.bounds,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  // Electronegativity cannot see into SECURE_WEB_PREFERENCES (security.ts: contextIsolation and sandbox on, tested);
  // new windows are denied and middle-clicked links go to the system browser (hardenWebContents).
  const window = new BrowserWindow({ /* eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK */
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Civic Notebook',
    // Shown once painted, so staff never see a white flash while the notebook loads.
    show: false,
    // Our own preload, bundled and sandboxed, exposing named functions only (electron/preload/index.ts).
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: preloadPath() }, /* eng-disable PRELOAD_JS_CHECK */
  });
  trackWindow(window);
  window.once('ready-to-show', () => {
    // maximize() shows the window itself; show() first would flash it at its normal size.
    if (saved?.isMaximized === true) window.maximize();
    else window.show();
    if (saved?.isFullScreen === true) window.setFullScreen(true);
  });
  keepWindowState(window, options.stateDisk);
  if (options.hideOnClose !== undefined) hideOnClose(window, options.hideOnClose);

  const entryUrl = options.devUrl ?? APP_ENTRY_URL;
  const load = (): void => {
    window.loadURL(entryUrl).catch((error: unknown) => {
      console.error('The notebook window could not load the app:', error);
    });
  };
  // Loads the entry page rather than reload(): after a crash there may be no page left to reload.
  watchRenderer(window.webContents, {
    now: Date.now,
    reload: load,
    quit: () => app.quit(),
    isQuitting: options.isQuitting,
    askAfterCrashes: () => askAfterCrashes(window),
    askWhenUnresponsive: (signal) => askWhenUnresponsive(window, signal),
  });
  const { onPageLoaded, onPageGone } = options;
  if (onPageLoaded !== undefined) window.webContents.on('did-finish-load', () => onPageLoaded(window));
  if (onPageGone !== undefined) window.webContents.on('render-process-gone', () => onPageGone(window));
  load();
  return window;
}
