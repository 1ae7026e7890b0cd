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
  };
}
