/**
 * The renderer's security settings, kept as data so tests can read them, and the functions that apply them to
 * web contents and sessions. The renderer shows what citizens typed into a form; if any of it ever got
 * executed, these are what keep it from reaching Node, the file system or other sites.
 */
import { shell } from 'electron';
import type { HandlerDetails, Session, WebContents, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { ServerAddressSchema, serverOrigin } from '@shared/api/server-address';
import { ExternalUrlSchema } from '@shared/ipc/contract';
import { contentSecurityPolicy } from '@shared/lib/content-security-policy';
import { isBundledAppUrl } from './origin';

/** Decides whether a URL is our own renderer (see origin.ts). */
export type TrustedUrlCheck = (url: string) => boolean;

/** The office server's saved address, read again for every app:// response (office-access.ts's savedAddress). */
export type SavedAddress = () => Promise<string | undefined>;

/** webPreferences every window of ours gets; window.ts adds only the preload path. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  // A file or link dropped on the window would otherwise navigate away from the notebook mid-call.
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: true,
} as const satisfies WebPreferences);

/**
 * CSP of an app:// response: the renderer's shared policy (shared/lib/content-security-policy.ts) with frames
 * refused outright, and connect-src opened to the office server's origin (scheme, host and port, not the path)
 * when an address is saved; 'self' alone without one. Computed per response, so the reload that follows
 * office:setAddress picks up the new origin. The address is parsed again because it is written into a header:
 * a stray ';' or space would add directives of its own.
 */
export function contentSecurityPolicyFor(address: string | undefined): string {
  const parsed = address === undefined ? undefined : ServerAddressSchema.safeParse(address);
  const connectSrc = parsed?.success === true ? `'self' ${serverOrigin(parsed.data)}` : "'self'";
  return contentSecurityPolicy({ 'connect-src': connectSrc, 'frame-src': "'none'" });
}

/** The CSP for the address saved right now; the bare policy if the address cannot be read. */
export async function currentContentSecurityPolicy(savedAddress: SavedAddress): Promise<string> {
  return contentSecurityPolicyFor(await savedAddress().catch(() => undefined));
}

/**
 * Permissions our own pages may have; everything else is denied. Writing to the clipboard lets staff copy a
 * concern into an email; reading it, the camera, geolocation and the rest have no use here.
 */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** True when the URL may be handed to the operating system (the contract's rule: http, https or mailto). */
export function isSafeExternalUrl(url: string): boolean {
  return ExternalUrlSchema.safeParse(url).success;
}

/** Opens a safe URL with the system's own program; returns false, doing nothing, for any other URL. */
export function openExternalSafely(url: string): boolean {
  if (!isSafeExternalUrl(url)) return false;
  // Electronegativity asks for a review of every openExternal: only http, https and mailto URLs reach this line.
  shell.openExternal(url).catch((error: unknown) => { /* eng-disable OPEN_EXTERNAL_JS_CHECK */
    // No registered handler (say, no mail program) is not worth crashing main over.
    console.warn('Could not open an external link:', error);
  });
  return true;
}

/** setWindowOpenHandler: never opens an Electron window; safe links go to the system browser instead. */
export function handleWindowOpen(details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse {
  openExternalSafely(details.url);
  return { action: 'deny' };
}

/** will-navigate / will-redirect: stays on our renderer; a plain link elsewhere opens in the system browser. */
export function guardNavigation(event: { url: string; preventDefault(): void }, isTrusted: TrustedUrlCheck): void {
  if (isTrusted(event.url)) return;
  event.preventDefault();
  openExternalSafely(event.url);
}

/** Applies the window-open, navigation and webview rules to one web contents. */
export function hardenWebContents(contents: WebContents, isTrusted: TrustedUrlCheck): void {
  contents.setWindowOpenHandler(handleWindowOpen);
  contents.on('will-navigate', (event) => guardNavigation(event, isTrusted));
  contents.on('will-redirect', (event) => guardNavigation(event, isTrusted));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** True when a page at the given URL or origin may use the permission. */
export function isPermissionAllowed(permission: string, requestingUrl: string, isTrusted: TrustedUrlCheck): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isTrusted(requestingUrl);
}

/** The response headers with the given CSP in place of any the response carried. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined, policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  // Electronegativity cannot parse a policy built at run time; it is built from shared/lib's directives and tested.
  result['Content-Security-Policy'] = [policy]; /* eng-disable CSP_GLOBAL_CHECK */
  return result;
}

/** Denies permissions by default and puts the CSP (for the saved address) on app:// responses of the session. */
export function applySessionSecurity(session: Session, isTrusted: TrustedUrlCheck, savedAddress: SavedAddress): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl, isTrusted));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin, isTrusted),
  );
  // The app:// handler sets the same header itself (protocol.ts): webRequest has not always reported custom
  // schemes, and a CSP that silently goes missing is worse than one set twice. No URL filter: Chromium rejects
  // filters on custom schemes. Dev-server responses are left alone, since Vite's dev client needs inline scripts.
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isBundledAppUrl(details.url)) {
      callback({});
      return;
    }
    void currentContentSecurityPolicy(savedAddress).then((policy) => {
      callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) });
    });
  });
}
