/**
 * The one door from the renderer to the operating system. The app never touches window.api or browser-only
 * APIs directly: it asks the Platform, which has a desktop implementation (over the preload API) and a browser
 * one, so the same renderer runs in Electron and in a browser served by the office's server.
 */
import type { AppCommand, AppInfo, NotificationRequest } from '@shared/ipc/contract';

/** What the renderer may ask of the operating system. */
export interface Platform {
  /** Which shell the app runs in. */
  readonly kind: 'desktop' | 'browser';
  /** The app's name, version and operating system. */
  appInfo(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link outside the app. */
  openExternal(url: string): Promise<void>;
  /** Shows a notification outside the window (desktop) or through the browser's Notification API. */
  notify(notification: NotificationRequest): Promise<void>;
  /** Asks the browser not to evict this app's local data under storage pressure; true when granted. */
  requestPersistentStorage(): Promise<boolean>;
  /** Subscribes to commands from native menus and global shortcuts; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
}
