/**
 * Where our renderer lives. The packaged app serves it from `app://civic-notebook/`; in development
 * electron-vite serves it from a local dev server. Every trust decision in main (IPC senders, navigation,
 * permissions, the CSP) asks this module, so the origin is spelled once.
 */

/** Custom scheme the bundled renderer is served from (registered as standard and secure). */
export const APP_SCHEME = 'app';
/** Host part of the app's URLs; a standard scheme needs one, and it names the origin in DevTools. */
export const APP_HOST = 'civic-notebook';
/** Origin of the bundled renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** URL the main window loads in a packaged or previewed build. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The dev server URL electron-vite passes in ELECTRON_RENDERER_URL, or undefined. Ignored in packaged builds
 * (anyone can set an environment variable before launching an installed app) and unless it points at this
 * machine over http(s), so the variable cannot point the app, and its IPC trust, at a remote site.
 */
export function devServerUrl(isPackaged: boolean, value: string | undefined): string | undefined {
  if (isPackaged || value === undefined || value === '') return undefined;
  const url = parseUrl(value);
  if (url === undefined) return undefined;
  const isHttp = url.protocol === 'http:' || url.protocol === 'https:';
  return isHttp && LOCAL_HOSTS.has(url.hostname) ? url.href : undefined;
}

/** True when the URL belongs to our bundled renderer (`app://civic-notebook/...`). */
export function isBundledAppUrl(value: string): boolean {
  const url = parseUrl(value);
  // Compare scheme and host, not `origin`: Node's URL does not know our scheme is standard and reports "null".
  return url !== undefined && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** True when the URL is our renderer: the bundled app, or the dev server when one is in use. */
export function isTrustedRendererUrl(value: string, devUrl: string | undefined): boolean {
  if (isBundledAppUrl(value)) return true;
  if (devUrl === undefined) return false;
  const url = parseUrl(value);
  return url !== undefined && url.origin === new URL(devUrl).origin;
}

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}
