/**
 * Serves the built web app (vite.web.config.ts writes it to dist/web). Paths without a file extension get
 * index.html so client-side routes survive a reload; a missing asset stays a 404 so a broken deploy is visible.
 * index.html is never cached (it names the current asset files); files under assets/ carry a content hash
 * in their names and are cached for a year.
 */
import { existsSync } from 'node:fs';
import { basename, extname, relative, resolve, sep } from 'node:path';
import { fastifyStatic } from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

/** Cache-Control of index.html and other unhashed files. */
export const NO_CACHE = 'no-cache';
/** Cache-Control of hashed files under assets/. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Prefixes that never fall back to the app: API clients want a JSON 404, not a page. */
const NON_APP_PREFIXES = ['/api/', '/health', '/ready'];

function cacheControlFor(root: string, filePath: string): string {
  const inside = relative(root, filePath);
  return inside.startsWith(`assets${sep}`) && basename(filePath) !== 'index.html' ? IMMUTABLE : NO_CACHE;
}

function isAppRoute(method: string, url: string): boolean {
  const path = url.split('?', 1)[0] ?? '/';
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (NON_APP_PREFIXES.some((prefix) => path.startsWith(prefix))) return false;
  return extname(path) === '';
}

/** Registers the static files and the SPA fallback; throws at boot when the build is missing. */
export function serveWebApp(app: FastifyInstance, webRoot: string): void {
  const root = resolve(webRoot);
  if (!existsSync(resolve(root, 'index.html'))) {
    throw new Error(`No web build at ${root}: run "npm run build:web" first`);
  }
  app.register(fastifyStatic, {
    root,
    prefix: '/',
    cacheControl: false,
    dotfiles: 'ignore',
    setHeaders: (reply: FastifyReply, filePath: string) => {
      reply.header('Cache-Control', cacheControlFor(root, filePath));
    },
  });
  app.setNotFoundHandler((request, reply) => {
    if (isAppRoute(request.method, request.url)) {
      return reply.header('Cache-Control', NO_CACHE).type('text/html; charset=utf-8').sendFile('index.html', root);
    }
    return reply.code(404).send({ error: 'Not found' });
  });
}
