/**
 * The browser Platform, for the same renderer served by the office's server. Everything here degrades quietly:
 * a browser without notifications or persistent storage still runs the notebook.
 */
import { ExternalUrlSchema, sanitizeFileName } from '@shared/ipc/contract';
import type { AppInfo, ExportFile, ExportResult } from '@shared/ipc/contract';
import type { ExportBridge, OfficeAccessStore, Platform } from './platform';

/** The app's name as the browser build reports it. */
export const APP_NAME = 'Civic Notebook';

/** The operating system as far as the browser tells it; 'other' when it does not say. */
export function detectOs(platform: string): AppInfo['os'] {
  const value = platform.toLowerCase();
  // macOS first: "darwin" contains "win".
  if (value.includes('mac') || value.includes('darwin') || value.includes('iphone') || value.includes('ipad')) return 'macos';
  if (value.includes('win')) return 'windows';
  if (value.includes('linux') && !value.includes('android')) return 'linux';
  return 'other';
}

function browserPlatformName(): string {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  return nav?.userAgentData?.platform ?? nav?.platform ?? nav?.userAgent ?? '';
}

function openExternal(url: string): Promise<void> {
  const parsed = ExternalUrlSchema.safeParse(url);
  if (!parsed.success) return Promise.reject(new Error(parsed.error.issues[0]?.message ?? 'This link cannot be opened'));
  if (parsed.data.startsWith('mailto:')) {
    // A mail link hands off to the mail program; a new tab for it would stay empty.
    window.location.assign(parsed.data);
  } else {
    // noopener: the opened site gets no handle on the notebook's window.
    window.open(parsed.data, '_blank', 'noopener');
  }
  return Promise.resolve();
}

const openConcernListeners = new Set<(concernId: string) => void>();

function notify(notification: { title: string; body: string; concernId?: string }): Promise<void> {
  // Asking for permission needs a user gesture and an explanation, which belongs to settings, not here.
  if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
    const shown = new Notification(notification.title, { body: notification.body });
    const { concernId } = notification;
    shown.onclick = () => {
      window.focus();
      shown.close();
      if (concernId !== undefined) for (const listener of [...openConcernListeners]) listener(concernId);
    };
  }
  return Promise.resolve();
}

async function requestPersistentStorage(): Promise<boolean> {
  const storage = globalThis.navigator?.storage as StorageManager | undefined;
  if (storage?.persist === undefined) return false;
  try {
    return await storage.persist();
  } catch {
    return false;
  }
}

/**
 * The browser build's way to the office server: the server that served the page, with the session in an
 * HttpOnly cookie the page never sees.
 */
function webOfficeAccess(): OfficeAccessStore {
  return {
    addressMode: 'fixed',
    load: () => Promise.resolve({ address: window.location.origin, token: undefined, tokenKeeping: 'cookie' }),
    setAddress: () => Promise.reject(new Error('In a browser, Civic Notebook uses the office server it was opened from.')),
    saveToken: () => Promise.resolve('cookie'),
  };
}

const MIME_TYPES = { markdown: 'text/markdown;charset=utf-8', csv: 'text/csv;charset=utf-8', html: 'text/html;charset=utf-8', text: 'text/plain;charset=utf-8' } as const;

/** A download of the file, under its sanitized name. */
function downloadFile(file: ExportFile): Promise<ExportResult> {
  const fileName = sanitizeFileName(file.suggestedName, file.kind);
  const url = URL.createObjectURL(new Blob([file.content], { type: MIME_TYPES[file.kind] }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: a download started from a click may read the blob after this function returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ outcome: 'saved', fileName });
}

/** The browser build's exports: downloads, and the print dialog for a PDF. */
export const webExports: ExportBridge = {
  saveFile: downloadFile,
  printToPdf() {
    window.print();
    return Promise.resolve({ outcome: 'print-dialog' });
  },
};

const TITLE_COUNT = /^\(\d+\) /;

/**
 * The browser's stand-in for the tray: "(2) Civic Notebook" in the tab's title while two top-priority concerns
 * wait, so a desk working in another tab sees them. Unsynced changes are left to the status line.
 */
export function titleWithCount(title: string, priorityWaiting: number): string {
  const base = title.replace(TITLE_COUNT, '');
  return priorityWaiting > 0 ? `(${priorityWaiting}) ${base}` : base;
}

/** The Platform of the browser build. */
export function createWebPlatform(): Platform {
  return {
    kind: 'browser',
    appInfo: () =>
      Promise.resolve({ name: APP_NAME, version: import.meta.env.VITE_APP_VERSION ?? 'web', os: detectOs(browserPlatformName()) }),
    openExternal,
    notify,
    requestPersistentStorage,
    // Browsers have no native menus or global shortcuts; the renderer's own key handling covers them.
    onCommand: () => () => undefined,
    onOpenConcern(listener) {
      openConcernListeners.add(listener);
      return () => openConcernListeners.delete(listener);
    },
    office: webOfficeAccess(),
    exports: webExports,
    reload: () => window.location.reload(),
    reportStatus({ priorityWaiting }) {
      document.title = titleWithCount(document.title, priorityWaiting);
    },
  };
}
