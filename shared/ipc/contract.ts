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

/** Schema of a desktop notification. */
export const NotificationSchema = z.object({
  title: z.string().min(1).max(120),
  body: z.string().max(500),
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
  'help:show',
  'settings:show',
]);
/** A command main sends to the renderer. */
export type AppCommand = z.infer<typeof AppCommandSchema>;

/** Request/response schemas of every renderer-to-main channel. */
export const IPC_CHANNELS = {
  'app:getInfo': { request: z.undefined(), response: AppInfoSchema },
  'shell:openExternal': { request: z.object({ url: ExternalUrlSchema }), response: z.undefined() },
  'notification:show': { request: NotificationSchema, response: z.undefined() },
} as const;

/** Name of a renderer-to-main channel. */
export type IpcChannel = keyof typeof IPC_CHANNELS;
/** The request type of a channel. */
export type IpcRequest<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['request']>;
/** The response type of a channel. */
export type IpcResponse<C extends IpcChannel> = z.infer<(typeof IPC_CHANNELS)[C]['response']>;

/** Channel main uses to send AppCommands to the renderer. */
export const COMMAND_CHANNEL = 'app:command';

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
}
