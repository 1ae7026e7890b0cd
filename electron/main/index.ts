/**
 * Main process entry: lifecycle only. One instance per desk (two would fight over the same IndexedDB), the
 * security rules on every web contents and session, then the IPC handlers, the menu and the window.
 */
import { app, session } from 'electron';
import { registerIpcHandlers } from './ipc';
import { installApplicationMenu } from './menu';
import { officeAccess } from './office-access';
import { devServerUrl, isTrustedRendererUrl } from './origin';
import { rendererRoot } from './paths';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { applySessionSecurity, hardenWebContents } from './security';
import { createMainWindow } from './window';
import { focusPrimaryWindow, primaryWindow, sendCommand } from './windows';

// Both must happen before 'ready'.
registerAppScheme();
app.enableSandbox();

const devUrl = devServerUrl(app.isPackaged, process.env.ELECTRON_RENDERER_URL);
const isTrusted = (url: string): boolean => isTrustedRendererUrl(url, devUrl);

function start(): void {
  // The CSP of each app:// response names the office server saved at that moment (see security.ts).
  const savedAddress = (): Promise<string | undefined> => officeAccess().savedAddress();
  serveAppProtocol(rendererRoot(), savedAddress);
  applySessionSecurity(session.defaultSession, isTrusted, savedAddress);
  registerIpcHandlers(isTrusted);
  installApplicationMenu({ platform: process.platform, isPackaged: app.isPackaged, sendCommand });
  createMainWindow(devUrl);
}

if (app.requestSingleInstanceLock()) {
  app.on('second-instance', () => {
    focusPrimaryWindow();
  });
  // Registered before any window exists, so no web contents, ours or not, escapes these rules.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
  app.on('window-all-closed', () => {
    // macOS apps stay in the dock with no window; 'activate' reopens one.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && primaryWindow() === undefined) createMainWindow(devUrl);
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Civic Notebook could not start:', error);
      app.exit(1);
    });
} else {
  // Another instance already has the notebook open; its 'second-instance' handler brings it forward.
  app.quit();
}
