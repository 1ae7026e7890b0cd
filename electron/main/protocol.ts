/**
 * The app:// scheme that serves the built renderer. A privileged standard scheme rather than file:// gives the
 * renderer a real origin (so IndexedDB, the CSP's 'self' and our IPC origin check all mean something) and keeps
 * the page from reading arbitrary files the way a file:// page can.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './origin';
import { currentContentSecurityPolicy } from './security';
import type { SavedAddress } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Declares app:// privileged; Electron only accepts this before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/**
 * The file under root that an app:// URL names, or undefined when the URL is not ours or would leave root.
 * The URL parser already folds literal "../" segments; the containment check is what stops encoded ones
 * ("..%2f..%2f"), backslashes on Windows and absolute or other-drive paths.
 */
export function resolveAppPath(root: string, requestUrl: string): string | undefined {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || pathname.includes('\0')) return undefined;
  const base = resolve(root);
  const target = resolve(base, pathname.replace(/^\/+/, '') || 'index.html');
  const inside = relative(base, target);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return undefined;
  return target;
}

/**
 * The protocol.handle handler serving files under root, each with the CSP for the office server saved at that
 * moment; exported so tests can call it with plain Requests.
 */
export function createAppProtocolHandler(root: string, savedAddress: SavedAddress): (request: Request) => Promise<Response> {
  const indexPath = resolve(root, 'index.html');
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return emptyResponse(405);
    const filePath = resolveAppPath(root, request.url);
    if (filePath === undefined) return emptyResponse(404);
    const file = await readFileOrUndefined(filePath);
    const policy = await currentContentSecurityPolicy(savedAddress);
    if (file !== undefined) return fileResponse(request, filePath, file, policy);
    // A path without an extension is a client-side route (a reload on /review): answer with the app, as the
    // office server does. A missing asset stays a 404 so a broken build fails loudly.
    if (extname(filePath) !== '') return emptyResponse(404);
    const index = await readFileOrUndefined(indexPath);
    return index === undefined ? emptyResponse(404) : fileResponse(request, indexPath, index, policy);
  };
}

/** Serves the built renderer under app:// in the default session. */
export function serveAppProtocol(root: string, savedAddress: SavedAddress): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root, savedAddress));
}

async function readFileOrUndefined(filePath: string): Promise<Buffer | undefined> {
  try {
    return await readFile(filePath);
  } catch {
    return undefined;
  }
}

function fileResponse(request: Request, filePath: string, body: Buffer, policy: string): Response {
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: {
      'Content-Type': MIME_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream',
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

function emptyResponse(status: number): Response {
  return new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff' } });
}
