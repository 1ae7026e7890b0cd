/**
 * The public status list, no login (shared/api/public-page.ts lists the addresses): the page, its three feeds,
 * the logo and the embed script of each published office, plus the admins' settings routes
 * (public-page-admin.ts). Registered by app.ts in scopes of their own, so the public answers get their own
 * headers (public/headers.ts), their own 404 page in plain words, and an error handler that never shows
 * internals: bad input is a 4xx that says what is wrong, never a 5xx.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/db';
import { isDatabaseUnavailable } from '../db/unavailable';
import { embedScript } from '../public/embed-script';
import { applyPublicHeaders, LOGO_CACHE_CONTROL, pageContentSecurityPolicy, requestOrigin, sendCached, setPublicHeaders } from '../public/headers';
import { PUBLIC_MESSAGES as M } from '../public/messages';
import { feedText, pageHtml, readPublicContent } from '../public/public-view';
import { renderErrorPage } from '../public/render-page';
import { findPublishedPage, readLogo, type PublicPageRow } from '../public/settings';
import { publicPageAdminRoutes } from './public-page-admin';

const HTML = 'text/html; charset=utf-8';
const FEED_TYPES = { json: 'application/feed+json; charset=utf-8', rss: 'application/rss+xml; charset=utf-8', atom: 'application/atom+xml; charset=utf-8' } as const;

interface OfficeParams {
  office: string;
}

function errorPage(reply: FastifyReply, status: number, title: string, message: string): FastifyReply {
  setPublicHeaders(reply, { 'Content-Security-Policy': pageContentSecurityPolicy([]) });
  return reply.code(status).header('Cache-Control', 'no-store').type(HTML).send(renderErrorPage(title, message));
}

function notFound(reply: FastifyReply): FastifyReply {
  return errorPage(reply, 404, M.notFoundTitle, M.notFound);
}

async function pageOf(db: Db, request: FastifyRequest<{ Params: OfficeParams }>): Promise<PublicPageRow | undefined> {
  return findPublishedPage(db, request.params.office);
}

function isEmbedded(request: FastifyRequest): boolean {
  const { embed } = (request.query ?? {}) as Record<string, unknown>;
  return embed === '1';
}

function publicErrors(scope: FastifyInstance): void {
  scope.setNotFoundHandler((_request, reply) => notFound(reply));
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (isDatabaseUnavailable(error)) {
      request.log.error(error);
      return errorPage(reply.header('retry-after', '5'), 503, M.serverErrorTitle, M.unavailable);
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return errorPage(reply, error.statusCode, M.badRequestTitle, M.badRequest);
    }
    request.log.error(error);
    return errorPage(reply, 500, M.serverErrorTitle, M.serverError);
  });
}

function pageRoutes(scope: FastifyInstance, db: Db): void {
  // Without the slash the page's relative addresses would resolve one level up: send the visitor to it.
  scope.get<{ Params: OfficeParams }>('/:office', async (request, reply) => {
    const page = await pageOf(db, request);
    if (page === undefined) return notFound(reply);
    const query = isEmbedded(request) ? '?embed=1' : '';
    return reply.code(301).header('Cache-Control', 'public, max-age=300').redirect(`/public/${encodeURIComponent(page.slug)}/${query}`, 301);
  });

  scope.get<{ Params: OfficeParams }>('/:office/', async (request, reply) => {
    const page = await pageOf(db, request);
    if (page === undefined) return notFound(reply);
    const content = await readPublicContent(db, page);
    setPublicHeaders(reply, { 'Content-Security-Policy': pageContentSecurityPolicy(page.embedOrigins) });
    return sendCached(request, reply, pageHtml(content, page.websiteUrl, isEmbedded(request)), { type: HTML, lastModified: content.lastModified });
  });

  for (const format of ['json', 'rss', 'atom'] as const) {
    scope.get<{ Params: OfficeParams }>(`/:office/feed.${format}`, async (request, reply) => {
      const page = await pageOf(db, request);
      if (page === undefined) return notFound(reply);
      const origin = requestOrigin(request);
      if (origin === undefined) return errorPage(reply, 400, M.badRequestTitle, M.badRequest);
      const content = await readPublicContent(db, page);
      // Public data with no credentials: a website may read the feed from its own script.
      reply.header('Access-Control-Allow-Origin', '*').header('Cross-Origin-Resource-Policy', 'cross-origin');
      return sendCached(request, reply, feedText(content, page.officeId, origin, format), { type: FEED_TYPES[format], lastModified: content.lastModified });
    });
  }

  scope.get<{ Params: OfficeParams }>('/:office/logo', async (request, reply) => {
    const page = await pageOf(db, request);
    const logo = page === undefined ? undefined : await readLogo(db, page.officeId);
    if (logo === undefined) return notFound(reply);
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return sendCached(request, reply, logo.bytes, { type: logo.type, lastModified: logo.updatedAt, cacheControl: LOGO_CACHE_CONTROL });
  });

  scope.get<{ Params: OfficeParams }>('/:office/embed.js', async (request, reply) => {
    const page = await pageOf(db, request);
    if (page === undefined) return notFound(reply);
    const content = await readPublicContent(db, page);
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return sendCached(request, reply, embedScript(M.embedTitle(content.name)), { type: 'text/javascript; charset=utf-8', lastModified: page.updatedAt });
  });

  // Anything else under /public/ is this page's 404, not the web app's fallback page.
  scope.get('/*', async (_request, reply) => notFound(reply));
}

/** Registers the public page's routes under /public/ and the admins' settings routes. */
export function publicPageRoutes(app: FastifyInstance, db: Db): void {
  app.register(
    async (scope) => {
      scope.addHook('onSend', applyPublicHeaders);
      publicErrors(scope);
      pageRoutes(scope, db);
    },
    { prefix: '/public' },
  );
  publicPageAdminRoutes(app, db);
}
