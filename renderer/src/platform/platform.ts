/**
 * The one door from the renderer to the operating system. The app never touches window.api or browser-only
 * APIs directly: it asks the Platform, which has a desktop implementation (over the preload API) and a browser
 * one, so the same renderer runs in Electron and in a browser served by the office's server.
 */
import type { AppCommand, AppInfo, ExportFile, ExportResult, NotificationRequest } from '@shared/ipc/contract';
import type { DesktopSettings, DesktopStatus, SetShortcutResult, SetUpdateServerResult, TraySetting, UpdateStatus } from '@shared/ipc/desktop';

/**
 * Where the session token is kept: 'encrypted' (desktop, the system's encrypted store), 'memory-only' (desktop
 * without an encrypted store: sign in again after each start), 'cookie' (browser: an HttpOnly cookie the page
 * cannot read).
 */
export type TokenKeeping = 'encrypted' | 'memory-only' | 'cookie';

/** The way to the office server as this shell keeps it. */
export interface OfficeAccess {
  /** The server's address; undefined when none is set (desktop). */
  readonly address: string | undefined;
  /** The session token for the Authorization header; undefined in the browser (the cookie carries it). */
  readonly token: string | undefined;
  readonly tokenKeeping: TokenKeeping;
}

/** How this shell keeps the way to the office server. */
export interface OfficeAccessStore {
  /**
   * 'fixed': the browser build talks only to the server that served it (its own origin);
   * 'chosen': the desktop app is pointed at an address staff type in.
   */
  readonly addressMode: 'fixed' | 'chosen';
  /** The saved address and token. */
  load(): Promise<OfficeAccess>;
  /**
   * Desktop: checks a Civic Notebook server answers at the (canonical) address, saves it and forgets the
   * token of any other; the app must reload before it can reach the new address. Browser: rejects.
   * Rejects with a plain sentence when no server answers.
   */
  setAddress(address: string | undefined): Promise<void>;
  /** Keeps (or with undefined forgets) the session token; answers where it is kept. */
  saveToken(token: string | undefined): Promise<TokenKeeping>;
}

/** How this shell saves the meeting view's exports. */
export interface ExportBridge {
  /** Saves a Markdown or CSV file: a save dialog on the desktop, a download in the browser. */
  saveFile(file: ExportFile): Promise<ExportResult>;
  /**
   * The page as a PDF, laid out by its print stylesheet: on the desktop printed to a file chosen in a save
   * dialog; in the browser the print dialog opens (answering 'print-dialog'), where "Save as PDF" is offered.
   */
  printToPdf(suggestedName: string): Promise<ExportResult>;
}

/** The desktop app's own services: the global quick-capture shortcut, the tray and the updater (main keeps them). */
export interface DesktopBridge {
  /** The shortcut, the update server and the updater's status. */
  load(): Promise<DesktopSettings>;
  /** Sets the quick-capture shortcut (null: off); answers a sentence when another program holds the keys. */
  setShortcut(accelerator: string | null): Promise<SetShortcutResult>;
  /** Closing the window keeps the app running in the tray (true) or quits it (false); answers the setting now. */
  setKeepInTray(keepRunning: boolean): Promise<TraySetting>;
  /** Asks to use an update server (null: updates off); main asks the person in a dialog of its own first. */
  setUpdateServer(address: string | null): Promise<SetUpdateServerResult>;
  /** Checks for an update now. */
  checkForUpdates(): Promise<UpdateStatus>;
  /** Subscribes to the updater's status; returns the unsubscribe function. */
  onUpdateStatus(listener: (status: UpdateStatus) => void): () => void;
}

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
  /** Subscribes to "open this concern": a notification about it was clicked. Returns the unsubscribe function. */
  onOpenConcern(listener: (concernId: string) => void): () => void;
  /** The way to the office server. */
  readonly office: OfficeAccessStore;
  /** Saving exported files. */
  readonly exports: ExportBridge;
  /** Loads the app again (after pointing the desktop at another server); drafts survive, they are saved. */
  reload(): void;
  /**
   * Shows the desk's counts outside the page: the desktop's tray icon and badge; in the browser, the number of
   * top-priority concerns waiting at the front of the tab's title ("(2) Civic Notebook"). Never rejects.
   */
  reportStatus(status: DesktopStatus): void;
  /** The desktop's shortcut and updater; absent in the browser, which has neither. */
  readonly desktop?: DesktopBridge;
}
