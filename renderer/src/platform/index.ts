/**
 * Picks the Platform once: the desktop one when the Electron preload exposed window.api, else the browser one.
 */
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

export type { Platform } from './platform';

let current: Platform | undefined;

/** The Platform the app runs on; the same object on every call. */
export function getPlatform(): Platform {
  current ??= window.api === undefined ? createWebPlatform() : createElectronPlatform(window.api);
  return current;
}
