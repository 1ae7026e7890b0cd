/**
 * Automatic updates through electron-updater, from a generic update server the office runs (a folder of
 * installers and latest.yml written by electron-builder). Off until an address is set; the address is set from
 * the app, but only after the person agrees in a native dialog, so a page cannot point the updater at a server
 * of its choosing. Once set: a check at start and every few hours, the download in the background, and when an
 * update is ready, a question (restart now or later); later installs it when the app quits. A copy running from
 * source (not packaged) never updates, and its status says so.
 */
import { BrowserWindow, dialog } from 'electron';
import { autoUpdater } from 'electron-updater';
import type { ProgressInfo, UpdateInfo } from 'electron-updater';
import { UPDATE_STATUS_CHANNEL } from '@shared/ipc/contract';
import type { SetUpdateServerResult, UpdateStatus } from '@shared/ipc/desktop';
import type { PreferencesStore } from './preferences';
import { markQuitting } from './quitting';
import { isOwnWindow } from './windows';

/** How often a configured updater checks again after the check at start: every four hours. */
export const CHECK_EVERY_MS = 4 * 60 * 60 * 1000;

/** The sentence when the address could not be written to disk. */
export const SERVER_NOT_SAVED_MESSAGE = 'Civic Notebook could not save the update server on this computer. Try again.';

/** Where the updater gets its settings, asks the person, and tells the renderer. */
export interface UpdaterOptions {
  readonly preferences: PreferencesStore;
  /** app.isPackaged: a copy running from source ignores updates. */
  readonly isPackaged: boolean;
  /** Called with each new status (sent to the windows). */
  readonly publish: (status: UpdateStatus) => void;
  readonly now?: () => Date;
  readonly checkEveryMs?: number;
}

/** The updater as main keeps it. */
export interface AppUpdater {
  /** Reads the saved server and, when there is one, checks at once and then every few hours. Once only. */
  start(): Promise<void>;
  /** The current status. */
  status(): UpdateStatus;
  /** The saved update server, or null. */
  server(): Promise<string | null>;
  /** Asks the person (over `parent`) before using an address; null turns updates off without asking. */
  setServer(address: string | null, parent?: BrowserWindow): Promise<SetUpdateServerResult>;
  /** Checks now, unless a check or download is already under way or an update is ready. */
  checkNow(): UpdateStatus;
  /** Stops the timer (on quit). */
  stop(): void;
}

/** Sends a status to every window of ours. */
export function publishToWindows(status: UpdateStatus): void {
  for (const window of BrowserWindow.getAllWindows()) {
    if (isOwnWindow(window)) window.webContents.send(UPDATE_STATUS_CHANNEL, status);
  }
}

/** "Get updates for Civic Notebook from …?": true when the person agrees. */
export async function askToUseServer(address: string, parent?: BrowserWindow): Promise<boolean> {
  const options = {
    type: 'question' as const,
    buttons: ['Get updates from this address', 'Cancel'],
    // Cancel is the default, so an Enter pressed out of habit does not agree to a server nobody checked.
    defaultId: 1,
    cancelId: 1,
    title: 'Update server',
    message: `Get updates for Civic Notebook from ${address}?`,
    detail: 'Civic Notebook will download new versions from this address and install them. Agree only if your office gave you this address.',
  };
  const { response } = parent === undefined ? await dialog.showMessageBox(options) : await dialog.showMessageBox(parent, options);
  return response === 0;
}

/** "Restart now / Later" once an update is downloaded: true for now. */
export async function askToRestart(version: string): Promise<boolean> {
  const { response } = await dialog.showMessageBox({
    type: 'info',
    buttons: ['Restart now', 'Later'],
    defaultId: 0,
    cancelId: 1,
    title: 'Update ready',
    message: `Civic Notebook ${version} is ready to install.`,
    detail: 'Restart now to use it; your drafts are kept. Choose Later and it installs when you next quit Civic Notebook.',
  });
  return response === 0;
}

/** One line of an updater error, short enough to read. */
export function errorSentence(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  const firstLine = (text.split('\n')[0] ?? '').trim().slice(0, 300);
  return `Civic Notebook could not check for or download an update: ${firstLine === '' ? 'the update server did not answer as expected' : firstLine}.`;
}

/** The updater over electron-updater's autoUpdater. */
export function createAppUpdater(options: UpdaterOptions): AppUpdater {
  const { preferences, isPackaged, publish } = options;
  const now = options.now ?? (() => new Date());
  let address: string | null = null;
  let current: UpdateStatus = isPackaged ? { state: 'off' } : { state: 'not-installed' };
  let timer: ReturnType<typeof setInterval> | undefined;
  let started: Promise<void> | undefined;
  let askedVersion: string | undefined;
  let downloadingVersion = '';

  function set(next: UpdateStatus): void {
    current = next;
    publish(next);
  }

  function check(): void {
    if (!isPackaged || address === null) return;
    // The 'error' event reports the failure too; the catch keeps the rejection from going unhandled.
    autoUpdater.checkForUpdates().catch((error: unknown) => set({ state: 'error', message: errorSentence(error) }));
  }

  function configure(next: string | null): void {
    address = next;
    clearInterval(timer);
    timer = undefined;
    if (!isPackaged) return set({ state: 'not-installed' });
    if (next === null) return set({ state: 'off' });
    autoUpdater.setFeedURL({ provider: 'generic', url: next });
    autoUpdater.autoDownload = true;
    autoUpdater.autoInstallOnAppQuit = true;
    set({ state: 'idle' });
    check();
    timer = setInterval(check, options.checkEveryMs ?? CHECK_EVERY_MS);
  }

  async function onDownloaded(info: UpdateInfo): Promise<void> {
    set({ state: 'ready', version: info.version });
    // Asked once per version: the checks every few hours find the same download again.
    if (askedVersion === info.version) return;
    askedVersion = info.version;
    if (await askToRestart(info.version)) {
      // Before the windows close: a window kept in the tray would otherwise hide instead (quitting.ts).
      markQuitting();
      autoUpdater.quitAndInstall();
    }
  }

  function listen(): void {
    // Events of a check begun before updates were turned off say nothing about the present.
    const whileOn = <A extends unknown[]>(fn: (...args: A) => void) => (...args: A) => {
      if (address !== null) fn(...args);
    };
    autoUpdater.on('checking-for-update', whileOn(() => set({ state: 'checking' })));
    autoUpdater.on('update-not-available', whileOn(() => set({ state: 'up-to-date', checkedAt: now().toISOString() })));
    autoUpdater.on('update-available', whileOn((info: UpdateInfo) => {
      downloadingVersion = info.version;
      set({ state: 'downloading', version: info.version, percent: 0 });
    }));
    autoUpdater.on('download-progress', whileOn((progress: ProgressInfo) => {
      set({ state: 'downloading', version: downloadingVersion, percent: Math.min(100, Math.max(0, Math.round(progress.percent))) });
    }));
    autoUpdater.on('update-downloaded', whileOn((info: UpdateInfo) => {
      onDownloaded(info).catch((error: unknown) => console.warn('Could not ask about restarting for the update:', error));
    }));
    autoUpdater.on('error', whileOn((error: Error) => set({ state: 'error', message: errorSentence(error) })));
  }

  const start = (): Promise<void> =>
    (started ??= (async () => {
      const saved = (await preferences.load()).updateServer;
      if (isPackaged) listen();
      configure(saved);
    })());

  return {
    start,
    status: () => current,
    server: async () => {
      await start();
      return address;
    },
    async setServer(next, parent) {
      await start();
      if (next === address) return { outcome: 'saved', address };
      if (next !== null && !(await askToUseServer(next, parent))) return { outcome: 'declined' };
      try {
        await preferences.update({ updateServer: next });
      } catch (error) {
        console.warn('Could not save the update server:', error);
        return { outcome: 'failed', message: SERVER_NOT_SAVED_MESSAGE };
      }
      configure(next);
      return { outcome: 'saved', address: next };
    },
    checkNow() {
      const isBusy = current.state === 'checking' || current.state === 'downloading' || current.state === 'ready';
      if (!isBusy) check();
      return current;
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
