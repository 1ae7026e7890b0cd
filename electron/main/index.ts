/**
 * Main process entry: lifecycle only. One instance per desk (two would fight over the same IndexedDB), the
 * security rules on every web contents and session, then the IPC handlers, the menu and the window.
 * civicnotebook://concern/<id> links (deep-link.ts) arrive in the first launch's command line, in a second
 * launch's (single-instance.ts) and, on macOS, as 'open-url'; each opens its concern once a window has loaded.
 */
import { join, resolve } from 'node:path';
import { app, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { OPEN_CONCERN_CHANNEL } from '@shared/ipc/contract';
import { hidesOnClose, startDesktopServices, windowHiddenToTray } from './desktop-services';
import { concernIdFromArgv, concernIdFromLink, createConcernOpener, protocolClientArguments } from './deep-link';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { officeAccess } from './office-access';
import { devServerUrl, isTrustedRendererUrl } from './origin';
import { rendererRoot } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { isQuitting, markQuitting } from './quitting';
import { applySessionSecurity, hardenWebContents } from './security';
import { handleSecondInstance } from './single-instance';
import { createMainWindow } from './window';
import { fileDisk, WINDOW_STATE_FILE } from './window-state';
import { focusPrimaryWindow, focusWindow, primaryWindow, sendCommand } from './windows';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

const devUrl = devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const isTrusted = (url: string): boolean => isTrustedRendererUrl(url, devUrl);

let isStarted = false;

const opener = createConcernOpener<BrowserWindow>({
  target: primaryWindow,
  focus: focusWindow,
  send: (window, concernId) => window.webContents.send(OPEN_CONCERN_CHANNEL, { concernId }),
  openWindow: () => ensureWindow(),
});

function openWindow(): BrowserWindow {
  return createMainWindow({
    devUrl,
    stateDisk: fileDisk(join(app.getPath('userData'), WINDOW_STATE_FILE)),
    isQuitting,
    onPageLoaded: (window) => opener.loaded(window),
    onPageGone: (window) => opener.unloaded(window),
    hideOnClose: { shouldHide: hidesOnClose, onHidden: windowHiddenToTray },
  });
}

// Until start() has run, the window it opens is the one to wait for (a link before 'ready' must not open a second).
function ensureWindow(): void {
  if (isStarted && primaryWindow() === undefined) openWindow();
}

function start(): void {
  // The CSP of each app:// response names the office server saved at that moment (see security.ts).
  const savedAddress = (): Promise<string | undefined> => officeAccess().savedAddress();
  serveAppProtocol(rendererRoot(), savedAddress);
  applySessionSecurity(session.defaultSession, isTrusted, savedAddress);
  registerIpcHandlers(isTrusted);
  installApplicationMenu({ platform: process.platform, isPackaged: app.isPackaged, sendCommand });
  isStarted = true;
  openWindow();
  // The tray, the global quick-capture shortcut and the updater; each also needs a window to show.
  startDesktopServices({ openWindow: ensureWindow });
}

function registerLinkScheme(): void {
  const args = protocolClientArguments({ defaultApp: process.defaultApp === true, execPath: process.execPath, argv: process.argv, resolvePath: resolve });
  // Called with exactly the arguments given: an explicit undefined path is not the same as none to every binding.
  // Registers our own civicnotebook: scheme only; deep-link.ts accepts nothing but civicnotebook://concern/<uuid>.
  const isRegistered = args !== undefined && (args.length === 1 ? app.setAsDefaultProtocolClient(args[0]) : app.setAsDefaultProtocolClient(...args)); /* eng-disable PROTOCOL_HANDLER_JS_CHECK */
  if (!isRegistered) {
    console.warn('Could not register civicnotebook:// links with the system; such links will not open the notebook.');
  }
}

if (app.requestSingleInstanceLock()) {
  registerLinkScheme();
  // macOS hands links over as an event, which can come before 'ready' when a link launches the app.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const concernId = concernIdFromLink(url);
    if (concernId !== undefined) opener.open(concernId);
  });
  app.on('second-instance', (_event, argv) => {
    handleSecondInstance(argv, {
      focus: () => {
        if (!focusPrimaryWindow()) ensureWindow();
      },
      openConcern: (concernId) => opener.open(concernId),
    });
  });
  // Windows and Linux: a link that launched the app is in its own command line. It waits for the first window.
  const launchConcern = concernIdFromArgv(process.argv);
  if (launchConcern !== undefined) opener.open(launchConcern);
  // Registered before any window exists, so no web contents, ours or not, escapes these rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
  app.on('before-quit', markQuitting);
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; 'activate' reopens one.
    if (process.platform !== 'darwin') app.quit();
  });
  // macOS: a click on the dock icon brings back a window hidden into the menu bar, or opens one.
  app.on('activate', () => {
    if (!isStarted || !focusPrimaryWindow()) ensureWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Civic Notebook could not start:', error);
      app.exit(1);
    });
} else {
  // Another instance already has the notebook open; its 'second-instance' handler brings it forward, and
  // hands it any civicnotebook:// link in this launch's command line.
  app.quit();
}
