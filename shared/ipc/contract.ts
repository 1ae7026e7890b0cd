/**
 * The IPC contract between the renderer and the Electron main process. Each channel is named 'area:verb' and
 * has a request and a response schema; main parses every request with these before acting, and the preload
 * exposes one named function per channel. Only work the operating system must do crosses this line: the
 * notebook's data stays in the renderer's IndexedDB.
 *
 * Example: the renderer calls api.openExternal({ url: 'https://example.org' }); main receives
 * 'shell:openExternal' with { url }, checks it is http(s) and hands it to the system browser.
 */
import { z } from 'zod';
import { ServerAddressSchema } from '../api/server-address';
import {
  AcceleratorSchema,
  DesktopSettingsSchema,
  DesktopStatusSchema,
  SetKeepInTraySchema,
  SetShortcutResultSchema,
  SetUpdateServerResultSchema,
  TraySettingSchema,
  UpdateServerAddressSchema,
  UpdateStatusSchema,
} from './desktop';
import type { DesktopSettings, DesktopStatus, SetShortcutResult, SetUpdateServerResult, TraySetting, UpdateStatus } from './desktop';

/** Schema of what the app reports about itself. */
export const AppInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  os: z.enum(['windows', 'macos', 'linux', 'other']),
});
/** What the app reports about itself. */
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Schema of a URL the app may hand to the system browser: http or https only. */
export const ExternalUrlSchema = z
  .string()
  .max(2048, 'The link is too long')
  // shared/ has no URL class (no DOM, no Node); main parses the URL again with its own before opening it.
  .regex(/^(https?:\/\/[^\s/?#@]+[^\s]*|mailto:[^\s]+)$/i, 'Only http, https and mailto links can be opened');

/** Schema of a desktop notification; with `concernId`, clicking it opens that concern in the app. */
export const NotificationSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
  concernId: z.uuid().optional(),
});
/** A desktop notification. */
export type NotificationRequest = z.infer<typeof NotificationSchema>;

/** Commands main sends to the renderer (native menu items, the global capture shortcut). */
export const AppCommandSchema = z.enum([
  'capture:focus',
  'capture:newDraft',
  'capture:nextDraft',
  'search:focus',
  'palette:open',
  'notebook:today',
  'notebook:previousDay',
  'notebook:nextDay',
  'view:notebook',
  'view:review',
  'view:meeting',
  'view:projects',
  'view:newsletter',
  'help:show',
  'settings:show',
]);
/** A command main sends to the renderer. */
export type AppCommand = z.infer<typeof AppCommandSchema>;

/**
 * Where the desktop keeps the session token: encrypted with the system's store (Electron safeStorage), or only
 * in memory until the app quits when the system offers no encrypted store (the app says so).
 */
export const TokenStorageSchema = z.enum(['encrypted', 'memory-only']);
/** Where the desktop keeps the session token. */
export type TokenStorage = z.infer<typeof TokenStorageSchema>;

/** Schema of a session token as the server makes them (base64url, well under 200 characters). */
export const SessionTokenSchema = z.string().min(16).max(200).regex(/^[A-Za-z0-9_-]+$/, 'Not a session token');

/** Schema of what main keeps about the office server: its address and this desk's session token. */
export const OfficeAccessSchema = z.object({
  address: z.string().nullable(),
  token: z.string().nullable(),
  tokenStorage: TokenStorageSchema,
});
/** What main keeps about the office server. */
export type OfficeAccess = z.infer<typeof OfficeAccessSchema>;

/**
 * Schema of office:setAddress's answer: done, or a plain sentence saying why not (no server answered, or the one
 * that did is not a Civic Notebook server). A value rather than a rejection because staff read that sentence, and
 * Electron rewrites an error thrown in main into "Error invoking remote method 'office:setAddress': Error: …".
 */
export const SetOfficeAddressResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), message: z.string().min(1) }),
]);
/** office:setAddress's answer. */
export type SetOfficeAddressResult = z.infer<typeof SetOfficeAddressResultSchema>;

/** Most characters of an exported Markdown or CSV file (a month's report is well under 1 MB). */
export const MAX_EXPORT_CHARS = 5_000_000;
/** Most characters of an exported file's name. */
export const MAX_FILE_NAME_LENGTH = 100;

/** The kinds of file the meeting view exports, with their extensions. */
export const EXPORT_EXTENSIONS = { markdown: 'md', csv: 'csv', pdf: 'pdf', html: 'html', text: 'txt' } as const;
/** Schema of a kind of exported file. */
export const ExportKindSchema = z.enum(['markdown', 'csv', 'pdf', 'html', 'text']);
/** A kind of exported file. */
export type ExportKind = z.infer<typeof ExportKindSchema>;

/**
 * A file name safe on every system, ending in the kind's extension: no folders, control characters or
 * characters Windows refuses, no leading dots (hidden files), no reserved device names, at most
 * MAX_FILE_NAME_LENGTH characters. "../Meeting: 2026/11?.md" becomes "Meeting 2026 11.md".
 */
export function sanitizeFileName(name: string, kind: ExportKind): string {
  const extension = `.${EXPORT_EXTENSIONS[kind]}`;
  let base = name.toLowerCase().endsWith(extension) ? name.slice(0, -extension.length) : name;
  base = base
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `${base} file`;
  base = base.slice(0, MAX_FILE_NAME_LENGTH - extension.length).trim();
  return `${base === '' ? 'export' : base}${extension}`;
}

/** Schema of an exported file's suggested name: already sanitized for its kind (main sanitizes again). */
const SuggestedNameSchema = z.string().min(1).max(MAX_FILE_NAME_LENGTH, `A file name can be at most ${MAX_FILE_NAME_LENGTH} characters`);

/** Schema of a Markdown or CSV file to save. */
export const ExportFileSchema = z.object({
  suggestedName: SuggestedNameSchema,
  kind: z.enum(['markdown', 'csv', 'html', 'text']),
  content: z.string().max(MAX_EXPORT_CHARS, 'The file is too large to save'),
});
/** A Markdown or CSV file to save. */
export type ExportFile = z.infer<typeof ExportFileSchema>;

/**
 * Schema of what saving an exported file came to: saved (under this name), handed to the browser's print dialog
 * (the browser build's PDF: the person saves it there), cancelled in the dialog, or failed (why, in words).
 */
export const ExportResultSchema = z.discriminatedUnion('outcome', [
  z.object({ outcome: z.literal('saved'), fileName: z.string() }),
  z.object({ outcome: z.literal('print-dialog') }),
  z.object({ outcome: z.literal('cancelled') }),
  z.object({ outcome: z.literal('failed'), message: z.string().min(1) }),
]);
/** What saving an exported file came to. */
export type ExportResult = z.infer<typeof ExportResultSchema>;

/** Request/response schemas of every renderer-to-main channel. */
export const IPC_CHANNELS = {
  'app:getInfo': { request: z.undefined(), response: AppInfoSchema },
  'shell:openExternal': { request: z.object({ url: ExternalUrlSchema }), response: z.undefined() },
  'notification:show': { request: NotificationSchema, response: z.undefined() },
  /** The saved server address and token (decrypted), read at start-up. */
  'office:load': { request: z.undefined(), response: OfficeAccessSchema },
  /**
   * Points the desktop at an office server (null: at none, which also forgets the token). Main checks a Civic
   * Notebook server answers at the address, saves it, forgets any token of another address, and lets the
   * renderer connect to its origin from the next load (the renderer reloads itself afterwards, as the
   * Content-Security-Policy is fixed per load). Answers { ok: false, message } when no such server answers.
   */
  'office:setAddress': { request: z.object({ address: ServerAddressSchema.nullable() }), response: SetOfficeAddressResultSchema },
  /** Keeps (or with null forgets) the session token; answers where it is kept. */
  'office:saveToken': { request: z.object({ token: SessionTokenSchema.nullable() }), response: z.object({ tokenStorage: TokenStorageSchema }) },
  /** Saves an exported Markdown or CSV file where the person chooses in a save dialog. */
  'export:saveFile': { request: ExportFileSchema, response: ExportResultSchema },
  /** Prints the requesting page (its print stylesheet applied) to a PDF saved where the person chooses. */
  'export:printToPdf': { request: z.object({ suggestedName: SuggestedNameSchema }), response: ExportResultSchema },
  /** The quick-capture shortcut, the update server and the updater's status, for the Settings dialog. */
  'desktop:load': { request: z.undefined(), response: DesktopSettingsSchema },
  /**
   * Sets the global quick-capture shortcut (null: off). When another program holds the keys, the old shortcut
   * stays and the answer says so in a sentence.
   */
  'desktop:setShortcut': { request: z.object({ accelerator: AcceleratorSchema.nullable() }), response: SetShortcutResultSchema },
  /**
   * Whether closing the window keeps the app running in the tray; answers the setting now (saved, or the old
   * one when the file could not be written: then it rejects).
   */
  'desktop:setKeepInTray': { request: SetKeepInTraySchema, response: TraySettingSchema },
  /** The counts the tray and the badge show: changes not yet synced, top-priority concerns waiting. */
  'desktop:reportStatus': { request: DesktopStatusSchema, response: z.undefined() },
  /**
   * Sets the update server (null: updates off). Main asks the person in a native dialog before saving an
   * address, so a page can never point the updater somewhere on its own.
   */
  'update:setServer': { request: z.object({ address: UpdateServerAddressSchema.nullable() }), response: SetUpdateServerResultSchema },
  /** Checks for an update now; answers the status the check started in. */
  'update:check': { request: z.undefined(), response: UpdateStatusSchema },
} as const;

/** Name of a renderer-to-main channel. */
export type IpcChannel = keyof typeof IPC_CHANNELS;
/** The request type of a channel. */
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['request']>;
/** The response type of a channel. */
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['response']>;

/** Channel main uses to send AppCommands to the renderer. */
export const COMMAND_CHANNEL = 'app:command';

/**
 * Channel main uses to ask the renderer to open a concern: a notification about it was clicked, or a
 * civicnotebook://concern/<id> link was opened.
 */
export const OPEN_CONCERN_CHANNEL = 'app:openConcern';
/** Schema of what travels on OPEN_CONCERN_CHANNEL. */
export const OpenConcernSchema = z.object({ concernId: z.uuid() });

/** Channel main uses to tell the renderer the updater's status each time it changes (an UpdateStatus). */
export const UPDATE_STATUS_CHANNEL = 'update:status';

/** The API the preload exposes as window.api; the preload ends with `satisfies RendererApi`. */
export interface RendererApi {
  /** Reports the app's name, version and operating system. */
  getAppInfo(): Promise<AppInfo>;
  /** Opens an http(s) or mailto link in the system's own program. */
  openExternal(url: string): Promise<void>;
  /** Shows a desktop notification. */
  showNotification(notification: NotificationRequest): Promise<void>;
  /** Subscribes to commands from menus and shortcuts; returns the unsubscribe function. */
  onCommand(listener: (command: AppCommand) => void): () => void;
  /** Subscribes to "open this concern" (a notification about it was clicked); returns the unsubscribe function. */
  onOpenConcern(listener: (concernId: string) => void): () => void;
  /** The saved office server address and session token. */
  loadOfficeAccess(): Promise<OfficeAccess>;
  /**
   * Points the app at an office server (null: none); answers { ok: false, message } with a plain sentence when
   * no Civic Notebook server answers there. Rejects only on a malformed address (the renderer parses it first).
   */
  setOfficeAddress(address: string | null): Promise<SetOfficeAddressResult>;
  /** Keeps or forgets the session token; answers where it is kept. */
  saveSessionToken(token: string | null): Promise<{ tokenStorage: TokenStorage }>;
  /** Saves an exported Markdown or CSV file through a save dialog. */
  saveExportFile(file: ExportFile): Promise<ExportResult>;
  /** Prints the page to a PDF saved through a save dialog. */
  printToPdf(suggestedName: string): Promise<ExportResult>;
  /** The quick-capture shortcut, the update server and the updater's status. */
  loadDesktopSettings(): Promise<DesktopSettings>;
  /** Sets the global quick-capture shortcut (null: off); rejects only a malformed accelerator. */
  setQuickCaptureShortcut(accelerator: string | null): Promise<SetShortcutResult>;
  /** Keeps the app running in the tray when its window is closed (true), or quits with the window (false). */
  setKeepInTray(keepRunning: boolean): Promise<TraySetting>;
  /** Reports the counts the tray and the badge show. */
  reportDesktopStatus(status: DesktopStatus): Promise<void>;
  /** Asks main to use an update server (null: none); main asks the person first. */
  setUpdateServer(address: string | null): Promise<SetUpdateServerResult>;
  /** Checks for an update now. */
  checkForUpdates(): Promise<UpdateStatus>;
  /** Subscribes to the updater's status changes; returns the unsubscribe function. */
  onUpdateStatus(listener: (status: UpdateStatus) => void): () => void;
}
