/**
 * The desktop's everyday services, started together once the app is ready: the global quick-capture
 * shortcut, the tray icon and badge (and whether a closed window keeps running there, close-to-tray.ts), and
 * the automatic updater, all reading the desktop preferences (preferences.ts). IPC handlers reach them through
 * desktopServices(). On 'will-quit' the shortcut is given back to the system, the updater's timer stops and the
 * tray icon goes.
 */
import { app, Notification } from 'electron';
import type { DesktopStatus, TraySetting } from '@shared/ipc/desktop';
import trayAlert2x from '../../resources/tray/tray-alert@2x.png?asset';
import trayAlert from '../../resources/tray/tray-alert.png?asset';
import trayNormal2x from '../../resources/tray/tray@2x.png?asset';
import trayNormal from '../../resources/tray/tray.png?asset';
import trayAlertTemplate2x from '../../resources/tray/trayAlertTemplate@2x.png?asset';
import trayAlertTemplate from '../../resources/tray/trayAlertTemplate.png?asset';
import trayTemplate2x from '../../resources/tray/trayTemplate@2x.png?asset';
import trayTemplate from '../../resources/tray/trayTemplate.png?asset';
import { shouldHideOnClose, TRAY_HINT } from './close-to-tray';
import { createShortcutSetting, summonQuickCapture } from './global-shortcut';
import type { ShortcutSetting } from './global-shortcut';
import { DEFAULT_PREFERENCES, desktopPreferences } from './preferences';
import { isQuitting } from './quitting';
import { createDesktopTray, NO_COUNTS } from './tray';
import type { DesktopTray, TrayIconFiles } from './tray';
import { createAppUpdater, publishToWindows } from './updater';
import type { AppUpdater } from './updater';
import { focusPrimaryWindow, sendCommand } from './windows';

const TRAY_ICONS: TrayIconFiles = {
  normal: { x1: trayNormal, x2: trayNormal2x },
  alert: { x1: trayAlert, x2: trayAlert2x },
  normalTemplate: { x1: trayTemplate, x2: trayTemplate2x },
  alertTemplate: { x1: trayAlertTemplate, x2: trayAlertTemplate2x },
};

/** What the services need from the app's lifecycle. */
export interface DesktopServicesOptions {
  /** Opens the notebook's window when none is open (macOS keeps running without one). */
  readonly openWindow: () => void;
}

/** The running services, for the IPC handlers. */
export interface DesktopServices {
  readonly shortcut: ShortcutSetting;
  readonly updater: AppUpdater;
  /** Shows the renderer's counts in the tray and the badge (kept until the tray exists). */
  reportStatus(status: DesktopStatus): void;
  /** Whether there is a tray and whether a closed window keeps running in it. */
  traySetting(): Promise<TraySetting>;
  /** Saves whether a closed window keeps running in the tray; rejects, keeping the old choice, when it cannot be saved. */
  setKeepInTray(keepRunning: boolean): Promise<TraySetting>;
}

let openWindow: () => void = () => undefined;
let services: DesktopServices | undefined;
let tray: DesktopTray | undefined;
let lastStatus: DesktopStatus = NO_COUNTS;

/** The services; made on first use (after 'ready'), started by startDesktopServices(). */
export function desktopServices(): DesktopServices {
  services ??= {
    shortcut: createShortcutSetting({ preferences: desktopPreferences(), onPressed: () => summonQuickCapture(openWindow) }),
    updater: createAppUpdater({ preferences: desktopPreferences(), isPackaged: app.isPackaged, publish: publishToWindows }),
    reportStatus(status) {
      lastStatus = status;
      tray?.update(status);
    },
    async traySetting() {
      return { isAvailable: tray !== undefined, keepRunning: (await desktopPreferences().load()).keepInTray };
    },
    async setKeepInTray(keepRunning) {
      return { isAvailable: tray !== undefined, keepRunning: (await desktopPreferences().update({ keepInTray: keepRunning })).keepInTray };
    },
  };
  return services;
}

/** True when a window being closed now should hide into the tray instead (close-to-tray.ts). */
export function hidesOnClose(): boolean {
  // Read without waiting (a 'close' handler decides at once); the shortcut and the updater load them at start.
  const keepInTray = desktopPreferences().loaded()?.keepInTray ?? DEFAULT_PREFERENCES.keepInTray;
  return shouldHideOnClose({ isQuitting: isQuitting(), keepInTray, hasTray: tray !== undefined });
}

/** After a window was hidden into the tray: tells the person where the app went, the first time only. */
export function windowHiddenToTray(): void {
  const preferences = desktopPreferences();
  preferences
    .load()
    .then(async ({ hasSeenTrayHint }) => {
      if (hasSeenTrayHint || !Notification.isSupported()) return;
      new Notification({ title: TRAY_HINT.title, body: TRAY_HINT.body }).show();
      await preferences.update({ hasSeenTrayHint: true });
    })
    .catch((error: unknown) => console.warn('Could not tell where the notebook went:', error));
}

function showOrOpen(): boolean {
  if (focusPrimaryWindow()) return true;
  openWindow();
  return false;
}

/**
 * Starts the shortcut, the tray and the updater; call once, after 'ready' (electron/main/index.ts's start()).
 * A service that fails to start is logged and the others run: none of them is needed to log a concern.
 */
export function startDesktopServices(options: DesktopServicesOptions): void {
  openWindow = options.openWindow;
  const { shortcut, updater } = desktopServices();
  shortcut.start().catch((error: unknown) => console.warn('The quick-capture shortcut could not start:', error));
  updater.start().catch((error: unknown) => console.warn('The updater could not start:', error));
  try {
    tray = createDesktopTray({
      icons: TRAY_ICONS,
      platform: process.platform,
      actions: {
        open: () => void showOrOpen(),
        capture: () => summonQuickCapture(openWindow),
        // A window opened just now shows the notebook; the queue is one click away in it.
        review: () => {
          if (showOrOpen()) sendCommand('view:review');
        },
        quit: () => app.quit(),
      },
    });
    tray.update(lastStatus);
  } catch (error) {
    // Some Linux desktops have no tray at all.
    console.warn('The tray icon could not be shown:', error);
  }
  app.once('will-quit', () => {
    shortcut.stop();
    updater.stop();
    tray?.destroy();
    tray = undefined;
  });
}
