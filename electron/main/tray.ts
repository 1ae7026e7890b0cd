/**
 * The tray icon (menu bar on macOS): how many changes are not yet synced and how many top-priority concerns
 * wait, in its tooltip and its menu, with a distinct icon while priority concerns wait; the badge (dock or
 * launcher, where the system has one) counts those concerns. The menu also opens the notebook and the quick
 * line, so a call can be logged from the tray. The counts come from the renderer (desktop:reportStatus).
 */
import { readFileSync } from 'node:fs';
import { app, Menu, nativeImage, Tray } from 'electron';
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { DesktopStatus } from '@shared/ipc/desktop';

/** What the tray's items do. */
export interface TrayActions {
  /** Brings the notebook's window to the front (opens one if none). */
  open(): void;
  /** Brings the window up with the quick line focused. */
  capture(): void;
  /** Shows the review queue. */
  review(): void;
  quit(): void;
}

/** One icon at 1x and 2x (16 and 32 px). */
export interface IconFiles {
  readonly x1: string;
  readonly x2: string;
}

/** The tray's icon files: colour ones for Windows and Linux, monochrome templates for the macOS menu bar. */
export interface TrayIconFiles {
  readonly normal: IconFiles;
  readonly alert: IconFiles;
  readonly normalTemplate: IconFiles;
  readonly alertTemplate: IconFiles;
}

/** The counts before the renderer has reported any. */
export const NO_COUNTS: DesktopStatus = { unsynced: 0, priorityWaiting: 0 };

function unsyncedText(count: number): string {
  if (count === 0) return 'All changes synced';
  return count === 1 ? '1 change not yet synced' : `${count} changes not yet synced`;
}

function priorityText(count: number): string {
  if (count === 0) return 'No top-priority concerns waiting';
  return count === 1 ? '1 top-priority concern waiting' : `${count} top-priority concerns waiting`;
}

/** The tooltip: the app's name and both counts in words. */
export function trayTooltip(counts: DesktopStatus): string {
  return `Civic Notebook: ${unsyncedText(counts.unsynced).toLowerCase()}; ${priorityText(counts.priorityWaiting).toLowerCase()}`;
}

/** The tray's menu as data, so tests can read it without building a native menu. */
export function trayMenuTemplate(counts: DesktopStatus, actions: TrayActions): MenuItemConstructorOptions[] {
  return [
    { label: 'Open Civic Notebook', click: () => actions.open() },
    { label: 'Log a Concern', click: () => actions.capture() },
    { type: 'separator' },
    // A fact, not an action: syncing happens by itself.
    { label: unsyncedText(counts.unsynced), enabled: false },
    { label: priorityText(counts.priorityWaiting), enabled: counts.priorityWaiting > 0, click: () => actions.review() },
    { type: 'separator' },
    { label: 'Quit Civic Notebook', click: () => actions.quit() },
  ];
}

/** The running tray. */
export interface DesktopTray {
  /** Shows new counts (tooltip, menu, icon, badge); the same counts again change nothing. */
  update(counts: DesktopStatus): void;
  destroy(): void;
}

function loadIcon(files: IconFiles, isTemplate: boolean): NativeImage {
  const image = nativeImage.createFromPath(files.x1);
  // Added by hand: the build names assets with a hash, so Electron's own "@2x" file lookup cannot find them.
  image.addRepresentation({ scaleFactor: 2, buffer: readFileSync(files.x2) });
  if (isTemplate) image.setTemplateImage(true);
  return image;
}

/** Puts the icon in the tray; call after 'ready'. */
export function createDesktopTray(options: { icons: TrayIconFiles; actions: TrayActions; platform: NodeJS.Platform }): DesktopTray {
  const { icons, actions, platform } = options;
  const isMac = platform === 'darwin';
  const normal = loadIcon(isMac ? icons.normalTemplate : icons.normal, isMac);
  const alert = loadIcon(isMac ? icons.alertTemplate : icons.alert, isMac);
  const tray = new Tray(normal);
  // On macOS a click opens the menu; elsewhere a click brings the window (the menu is on the right button).
  if (!isMac) tray.on('click', () => actions.open());
  let shown: DesktopStatus | undefined;

  const update = (counts: DesktopStatus): void => {
    if (shown !== undefined && shown.unsynced === counts.unsynced && shown.priorityWaiting === counts.priorityWaiting) return;
    shown = counts;
    tray.setImage(counts.priorityWaiting > 0 ? alert : normal);
    tray.setToolTip(trayTooltip(counts));
    // Set again on each change: Linux tray hosts only show a menu's changes when it is set anew.
    tray.setContextMenu(Menu.buildFromTemplate(trayMenuTemplate(counts, actions)));
    // False where the system has no badge (Windows, most Linux desktops); the tray carries the count there.
    app.setBadgeCount(counts.priorityWaiting);
  };
  update(NO_COUNTS);
  return {
    update,
    destroy() {
      tray.destroy();
    },
  };
}
