/**
 * The unsubscribe link in each newsletter (no login; shared/api/newsletter.ts):
 *
 *   GET  /newsletter/unsubscribe/:token   the confirm page; never unsubscribes (mail scanners fetch links)
 *   POST /newsletter/unsubscribe/:token   unsubscribes, from the page's button or a mail program's one-click
 *                                         button (RFC 8058: body "List-Unsubscribe=One-Click"); any body is
 *                                         accepted and ignored, up to 4 KiB
 *
 * Answers are HTML pages, never JSON or a stack trace: 200, 404 for a malformed or unknown token (nothing is
 * written), 413 for a large body, 429 past the per-address limit. Registered in a scope of its own, with its
 * own body parsing and error pages.
 */
import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { newsletterUnsubscribePath } from '@shared/api/newsletter';
import type { Db } from '../db/db';
import { isDatabaseUnavailable } from '../db/unavailable';
import { readOfficeProfile } from '../office/profile';
import { createRateLimiter, type RateLimiter } from '../newsletter/rate-limit';
import { renderUnsubscribePage, type UnsubscribePage } from '../newsletter/unsubscribe-page';
import { findUnsubscribeTarget, unsubscribeByToken } from '../newsletter/unsubscribe';

interface TokenParams {
  token: string;
}

const BODY_LIMIT = 4 * 1024;

function sendPage(reply: FastifyReply, status: number, view: UnsubscribePage): FastifyReply {
  return reply
    .code(status)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', 'no-store')
    .header('x-robots-tag', 'noindex')
    .send(renderUnsubscribePage(view));
}

/** Registers the unsubscribe pages; `limiter` defaults to 60 requests a minute per client address. */
export function newsletterUnsubscribeRoutes(app: FastifyInstance, db: Db, limiter?: RateLimiter): void {
  const limits = limiter ?? createRateLimiter({ limit: 60, windowMs: 60_000 });
  app.register(async (scope) => {
    // One-click POSTs come form-encoded or multipart, the page's form form-encoded: read any body as text, ignore it.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'string', bodyLimit: BODY_LIMIT }, (_request, body, done) => done(null, body));
    scope.setErrorHandler((error: FastifyError, _request, reply) => {
      if (error.statusCode === 413) return sendPage(reply, 413, { kind: 'bad-request' });
      if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return sendPage(reply, 400, { kind: 'bad-request' });
      if (isDatabaseUnavailable(error)) return reply.code(503).header('retry-after', '5').send('The office server is busy. Try again in a moment.');
      throw error;
    });
    scope.addHook('onRequest', async (request, reply) => {
      const wait = limits.take(request.ip);
      if (wait > 0) return sendPage(reply.header('retry-after', String(wait)), 429, { kind: 'too-many' });
    });

    scope.get<{ Params: TokenParams }>('/newsletter/unsubscribe/:token', async (request, reply) => {
      const target = await findUnsubscribeTarget(db, request.params.token);
      if (target === undefined) return sendPage(reply, 404, { kind: 'not-found' });
      const { officeName } = await readOfficeProfile(db, target.officeId);
      if (target.isUnsubscribed) return sendPage(reply, 200, { kind: 'already', officeName });
      return sendPage(reply, 200, { kind: 'confirm', officeName, action: newsletterUnsubscribePath(request.params.token) });
    });

    scope.post<{ Params: TokenParams }>('/newsletter/unsubscribe/:token', async (request, reply) => {
      const outcome = await unsubscribeByToken(db, request.params.token);
      if (outcome === 'not-found') return sendPage(reply, 404, { kind: 'not-found' });
      const target = await findUnsubscribeTarget(db, request.params.token);
      const officeName = target === undefined ? '' : (await readOfficeProfile(db, target.officeId)).officeName;
      return sendPage(reply, 200, { kind: outcome === 'unsubscribed' ? 'done' : 'already', officeName });
    });
  });
}
