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
  'search:focus',
  'notebook:today',
  'notebook:previousDay',
  'notebook:nextDay',
  'view:notebook',
  'view:review',
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
} as const;

/** Name of a renderer-to-main channel. */
export type IpcChannel = keyof typeof IPC_CHANNELS;
/** The request type of a channel. */
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['request']>;
/** The response type of a channel. */
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['response']>;

/** Channel main uses to send AppCommands to the renderer. */
export const COMMAND_CHANNEL = 'app:command';

/** Channel main uses to ask the renderer to open a concern (a notification about it was clicked). */
export const OPEN_CONCERN_CHANNEL = 'app:openConcern';
/** Schema of what travels on OPEN_CONCERN_CHANNEL. */
export const OpenConcernSchema = z.object({ concernId: z.uuid() });

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
}
