/**
 * The desktop Platform: a thin layer over window.api, which the Electron preload exposes. Main validates
 * everything again on its side of the bridge.
 */
import type { RendererApi } from '@shared/ipc/contract';
import type { Platform } from './platform';

/** The Platform of the desktop app, over the preload's API. */
export function createElectronPlatform(api: RendererApi): Platform {
  return {
    kind: 'desktop',
    appInfo: () => api.getAppInfo(),
    openExternal: (url) => api.openExternal(url),
    notify: (notification) => api.showNotification(notification),
    // Electron never evicts an app's own storage under pressure, so there is nothing to ask for.
    requestPersistentStorage: () => Promise.resolve(true),
    onCommand: (listener) => api.onCommand(listener),
    onOpenConcern: (listener) => api.onOpenConcern(listener),
    office: {
      addressMode: 'chosen',
      async load() {
        const saved = await api.loadOfficeAccess();
        return { address: saved.address ?? undefined, token: saved.token ?? undefined, tokenKeeping: saved.tokenStorage };
      },
      async setAddress(address) {
        // Main answers "no server there" as a value, since Electron would bury a thrown message in its own prefix.
        const result = await api.setOfficeAddress(address ?? null);
        if (!result.ok) throw new Error(result.message);
      },
      async saveToken(token) {
        return (await api.saveSessionToken(token ?? null)).tokenStorage;
      },
    },
    exports: {
      saveFile: (file) => api.saveExportFile(file),
      printToPdf: (suggestedName) => api.printToPdf(suggestedName),
    },
    reload: () => window.location.reload(),
    reportStatus(status) {
      // The tray is a convenience: a refused report, or a preload without the function, must not disturb the page.
      Promise.resolve()
        .then(() => api.reportDesktopStatus(status))
        .catch((error: unknown) => console.warn('Could not update the tray:', error));
    },
    desktop: {
      load: () => api.loadDesktopSettings(),
      setShortcut: (accelerator) => api.setQuickCaptureShortcut(accelerator),
      setKeepInTray: (keepRunning) => api.setKeepInTray(keepRunning),
      setUpdateServer: (address) => api.setUpdateServer(address),
      checkForUpdates: () => api.checkForUpdates(),
      onUpdateStatus: (listener) => api.onUpdateStatus(listener),
    },
  };
}
