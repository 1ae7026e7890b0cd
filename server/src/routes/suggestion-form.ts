/**
 * The suggestion form's public routes (shared/api/suggestion-form.ts lists them), no login, and the admins'
 * settings routes (suggestion-form-admin.ts). In a scope of their own under /public: the form's headers (no
 * script, forms posted only here, framed only by the office's listed websites), only urlencoded bodies up to
 * SUGGESTION_FORM_LIMITS.bodyBytes (415 and 413 otherwise), rate limits per client address and per office (429
 * with Retry-After), and an error handler that answers 4xx pages in plain words and never shows internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { SUGGESTION_FORM_LIMITS } from '@shared/api/suggestion-form';
import type { Db } from '../db/db';
import { isDatabaseUnavailable } from '../db/unavailable';
import { applyPublicHeaders, LOGO_CACHE_CONTROL, pageContentSecurityPolicy, sendCached, setPublicHeaders } from '../public/headers';
import { PUBLIC_MESSAGES } from '../public/messages';
import { renderErrorPage } from '../public/render-page';
import { readLogo } from '../public/settings';
import { formEmbedScript } from '../public-form/embed-script';
import { formPage, statusPage, submitForm, type Page } from '../public-form/handlers';
import { FORM_MESSAGES as M } from '../public-form/messages';
import { formContentSecurityPolicy } from '../public-form/page-shell';
import { readForm } from '../public-form/parse-form';
import { createBuckets, formRateLimitsFrom, type FormRateLimits } from '../public-form/rate-limits';
import { renderFormError } from '../public-form/render-result';
import { findOpenForm, type FormOffice } from '../public-form/settings';
import { suggestionFormAdminRoutes } from './suggestion-form-admin';

const HTML = 'text/html; charset=utf-8';

interface OfficeParams {
  office: string;
}

function queryOf(request: FastifyRequest): Record<string, unknown> {
  return (request.query ?? {}) as Record<string, unknown>;
}

function isEmbedded(request: FastifyRequest): boolean {
  return queryOf(request).embed === '1';
}

function send(reply: FastifyReply, office: FormOffice | undefined, page: Page): FastifyReply {
  setPublicHeaders(reply, { 'Content-Security-Policy': formContentSecurityPolicy(office?.embedOrigins ?? []) });
  return reply.code(page.status).header('Cache-Control', 'no-store').type(HTML).send(page.html);
}

function errorPage(reply: FastifyReply, status: number, title: string, message: string, office?: FormOffice): FastifyReply {
  return send(reply, office, { status, html: renderFormError(office, title, message) });
}

function tooMany(reply: FastifyReply, office: FormOffice, waitSeconds: number, embedded: boolean): FastifyReply {
  reply.header('Retry-After', String(waitSeconds));
  return send(reply, office, { status: 429, html: renderFormError(office, M.tooManyTitle, M.tooMany(Math.ceil(waitSeconds / 60)), embedded) });
}

function formErrors(scope: FastifyInstance): void {
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) return errorPage(reply, 415, M.unsupportedTitle, M.unsupported);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE' || error.statusCode === 413) return errorPage(reply, 413, M.tooLargeTitle, M.tooLarge);
    if (isDatabaseUnavailable(error)) {
      request.log.error(error);
      return errorPage(reply.header('Retry-After', '5'), 503, M.serverErrorTitle, M.serverError);
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return errorPage(reply, error.statusCode, M.badRequestTitle, M.badRequest);
    request.log.error(error);
    return errorPage(reply, 500, M.serverErrorTitle, M.serverError);
  });
}

function formRoutes(scope: FastifyInstance, db: Db, limits: FormRateLimits): void {
  const perAddress = createBuckets(limits.submitPerAddress);
  const perOffice = createBuckets(limits.submitPerOffice);
  const lookups = createBuckets(limits.lookupPerAddress);
  const openForm = async (request: FastifyRequest<{ Params: OfficeParams }>) => findOpenForm(db, request.params.office);
  const notFound = (reply: FastifyReply) => errorPage(reply, 404, M.notFoundTitle, M.notFoundPage);

  scope.get<{ Params: OfficeParams }>('/:office/suggest', async (request, reply) => {
    const office = await openForm(request);
    return office === undefined ? notFound(reply) : send(reply, office, await formPage(db, office, isEmbedded(request)));
  });

  scope.post<{ Params: OfficeParams }>('/:office/suggest', async (request, reply) => {
    const office = await openForm(request);
    if (office === undefined) return notFound(reply);
    const wait = Math.max(perAddress.take(`${office.officeId}|${request.ip}`), perOffice.take(office.officeId));
    if (wait > 0) return tooMany(reply, office, wait, isEmbedded(request));
    const values = typeof request.body === 'string' ? readForm(request.body) : undefined;
    if (values === undefined) return errorPage(reply, 400, M.badRequestTitle, M.badRequest, office);
    return send(reply, office, await submitForm(db, office, values, isEmbedded(request)));
  });

  scope.get<{ Params: OfficeParams }>('/:office/status', async (request, reply) => {
    const office = await openForm(request);
    if (office === undefined) return notFound(reply);
    const { ref } = queryOf(request);
    if (ref !== undefined && typeof ref !== 'string') return errorPage(reply, 400, M.badRequestTitle, M.badRequest, office);
    if (ref !== undefined) {
      const wait = lookups.take(request.ip);
      if (wait > 0) return tooMany(reply, office, wait, isEmbedded(request));
    }
    return send(reply, office, await statusPage(db, office, ref, isEmbedded(request)));
  });

  scope.get<{ Params: OfficeParams }>('/:office/suggest/embed.js', async (request, reply) => {
    const office = await openForm(request);
    if (office === undefined) return notFound(reply);
    reply.header('Cross-Origin-Resource-Policy', 'cross-origin');
    return sendCached(request, reply, formEmbedScript(M.embedTitle(office.name)), { type: 'text/javascript; charset=utf-8' });
  });

  scope.get<{ Params: OfficeParams }>('/:office/suggest/logo', async (request, reply) => {
    const office = await openForm(request);
    const logo = office === undefined ? undefined : await readLogo(db, office.officeId);
    if (logo === undefined) return notFound(reply);
    return sendCached(request, reply, logo.bytes, { type: logo.type, lastModified: logo.updatedAt, cacheControl: LOGO_CACHE_CONTROL });
  });

  // Any other POST under /public/ is the public page's 404, as its GETs are (public-page.ts). Without a catch-all
  // the router answers an over-long slug with its own JSON 414, since these are the only POST routes here.
  scope.post('/*', async (_request, reply) => {
    setPublicHeaders(reply, { 'Content-Security-Policy': pageContentSecurityPolicy([]) });
    return reply.code(404).header('Cache-Control', 'no-store').type(HTML).send(renderErrorPage(PUBLIC_MESSAGES.notFoundTitle, PUBLIC_MESSAGES.notFound));
  });
}

/** Registers the form's public routes under /public/ and the admins' settings routes. */
export function suggestionFormRoutes(app: FastifyInstance, db: Db, limits: FormRateLimits = formRateLimitsFrom(process.env)): void {
  app.register(
    async (scope) => {
      scope.addHook('onSend', applyPublicHeaders);
      formErrors(scope);
      // Only what a form sends: any other type is a 415 before the handler runs, a longer body a 413.
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: SUGGESTION_FORM_LIMITS.bodyBytes }, (_request, body, done) => done(null, body));
      formRoutes(scope, db, limits);
    },
    { prefix: '/public' },
  );
  suggestionFormAdminRoutes(app, db);
}
