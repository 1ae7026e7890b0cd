/**
 * Open311 GeoReport v2, no login, under /open311/<slug>/ for an office that turned it on (the slug is its public
 * page's; its id works too): discovery.{json,xml}, and under v2/ services, services/<code>, requests (GET, and
 * POST with an api_key) and requests/<id>, each .json or .xml. Anything else, and every office that is off or
 * unknown, is a 404 in the spec's error format. Bodies are the spec's form fields or a JSON object (read
 * leniently: shared/open311/input.ts), at most 64 KB. Errors never show internals. Each client address may make
 * READS_PER_MINUTE reads and POSTS_PER_MINUTE posts a minute (429 with Retry-After beyond).
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseLenientJson, readPostInput } from '@shared/open311/input';
import type { Db } from '../db/db';
import { isDatabaseUnavailable } from '../db/unavailable';
import { createRateLimiter } from '../newsletter/rate-limit';
import { createRequest, Open311Refusal } from '../open311/create-request';
import { discoveryOf } from '../open311/discovery';
import { useKey } from '../open311/keys';
import { readRequestQuery } from '../open311/query';
import { findRequest, listRequests } from '../open311/read-requests';
import { formatOfPath, sendDocument, sendErrors, type Open311Format } from '../open311/respond';
import { findOpen311Office, readServices, type Open311Office } from '../open311/settings';
import { requestOrigin } from '../public/headers';
import { open311AdminRoutes } from './open311-admin';

/** Largest POST body: a request's fields with a 4,000-character description fit many times over. */
export const OPEN311_BODY_LIMIT = 64 * 1024;
const READS_PER_MINUTE = 300;
const POSTS_PER_MINUTE = 60;

interface Params {
  office: string;
  '*': string;
}

type Req = FastifyRequest<{ Params: Params }>;

const NOT_FOUND = 'There is nothing at this address: see the discovery document for the endpoint.';

function formatOf(request: FastifyRequest): Open311Format {
  return formatOfPath(request.url) ?? 'xml';
}

async function officeOr404(db: Db, request: Req, reply: FastifyReply): Promise<Open311Office | undefined> {
  const office = await findOpen311Office(db, request.params.office);
  if (office === undefined) sendErrors(reply, formatOf(request), 404, ['jurisdiction not found: this office has no Open311 endpoint.']);
  return office;
}

async function getResource(db: Db, request: Req, reply: FastifyReply, office: Open311Office, format: Open311Format, resource: string): Promise<FastifyReply> {
  if (resource === 'services') {
    const services = (await readServices(db, office.officeId)).filter((s) => s.isEnabled);
    const list = services.map((s) => ({ service_code: s.code, service_name: s.name, description: s.description || null, metadata: false, type: 'realtime' as const, keywords: s.keywords || null, group: s.group || null }));
    return sendDocument(reply, format, 'services', list);
  }
  const service = /^services\/([^/]+)$/.exec(resource);
  if (service !== null) {
    // Fastify has already decoded the path: decoding again would read a sent "%" as an escape.
    const code = service[1] ?? '';
    const found = (await readServices(db, office.officeId)).find((s) => s.isEnabled && s.code.toLowerCase() === code.toLowerCase());
    if (found === undefined) return sendErrors(reply, format, 404, [`service_code ${code} was not found.`]);
    return sendDocument(reply, format, 'service_definition', { service_code: found.code, attributes: [] });
  }
  if (resource === 'requests') {
    const read = readRequestQuery(request.query, new Date());
    if ('problems' in read) return sendErrors(reply, format, 400, read.problems);
    return sendDocument(reply, format, 'service_requests', await listRequests(db, office, read.filters));
  }
  const one = /^requests\/([^/]{1,100})$/.exec(resource);
  if (one !== null) {
    const id = one[1] ?? '';
    const found = await findRequest(db, office, id);
    if (found === undefined) return sendErrors(reply, format, 404, [`service_request_id ${id} was not found.`]);
    return sendDocument(reply, format, 'service_requests', [found]);
  }
  return sendErrors(reply, format, 404, [NOT_FOUND]);
}

/** The resource a v2 path names without its extension ('services', 'requests/ABC'), and the format. */
function resourceOf(path: string): { resource: string; format: Open311Format } | undefined {
  const format = formatOfPath(path);
  if (format === undefined) return undefined;
  return { resource: path.slice(0, -(format.length + 1)), format };
}

function bodyParsers(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: OPEN311_BODY_LIMIT }, (_request, body, done) => {
    const fields: Record<string, string> = {};
    // The first value of a repeated field counts; attribute[…] fields are read and dropped like any unknown one.
    for (const [key, value] of new URLSearchParams(String(body))) if (!(key in fields)) fields[key] = value;
    done(null, fields);
  });
  scope.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: OPEN311_BODY_LIMIT }, (_request, body, done) => {
    try {
      done(null, parseLenientJson(String(body)));
    } catch {
      done(Object.assign(new Error('The request body is not valid JSON.'), { statusCode: 400 }), undefined);
    }
  });
}

function errorHandler(scope: FastifyInstance): void {
  scope.setNotFoundHandler((request, reply) => sendErrors(reply, formatOf(request), 404, [NOT_FOUND]));
  scope.setErrorHandler((error: FastifyError, request, reply) => {
    const format = formatOf(request);
    if (isDatabaseUnavailable(error)) return sendErrors(reply.header('retry-after', '5'), format, 503, ['The service is not reachable right now. Try again in a moment.']);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendErrors(reply, format, 413, [`The request body is too large: at most ${OPEN311_BODY_LIMIT / 1024} KB.`]);
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendErrors(reply, format, 415, ['Send the fields as application/x-www-form-urlencoded (or a JSON object).']);
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) return sendErrors(reply, format, 400, ['The request is not valid: ' + error.message]);
    request.log.error(error);
    return sendErrors(reply, format, 500, ['The service had a problem with this request. Try again later.']);
  });
}

function limit(limiter: ReturnType<typeof createRateLimiter>, request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined {
  const wait = limiter.take(request.ip);
  if (wait === 0) return undefined;
  return sendErrors(reply.header('retry-after', String(wait)), formatOf(request), 429, [`Too many requests: try again in ${wait} seconds.`]);
}

function routes(scope: FastifyInstance, db: Db): void {
  const reads = createRateLimiter({ limit: READS_PER_MINUTE, windowMs: 60_000 });
  const posts = createRateLimiter({ limit: POSTS_PER_MINUTE, windowMs: 60_000 });

  scope.get<{ Params: Params }>('/:office/discovery.:ext', async (request, reply) => {
    if (limit(reads, request, reply) !== undefined) return reply;
    const format = formatOfPath(request.url);
    if (format === undefined) return sendErrors(reply, 'xml', 404, [NOT_FOUND]);
    const office = await officeOr404(db, request as Req, reply);
    if (office === undefined) return reply;
    const origin = requestOrigin(request);
    if (origin === undefined) return sendErrors(reply, format, 400, ['The request has no usable Host header.']);
    reply.header('Access-Control-Allow-Origin', '*');
    return sendDocument(reply, format, 'discovery', discoveryOf(office, origin));
  });

  scope.get<{ Params: Params }>('/:office/v2/*', async (request, reply) => {
    if (limit(reads, request, reply) !== undefined) return reply;
    const office = await officeOr404(db, request, reply);
    if (office === undefined) return reply;
    const target = resourceOf(request.params['*']);
    if (target === undefined) return sendErrors(reply, 'xml', 404, ['Name a format: .xml or .json.']);
    // Public data with no credentials: a city's website may read it from its own script.
    reply.header('Access-Control-Allow-Origin', '*');
    return getResource(db, request, reply, office, target.format, target.resource);
  });

  scope.post<{ Params: Params }>('/:office/v2/*', { bodyLimit: OPEN311_BODY_LIMIT }, async (request, reply) => {
    if (limit(posts, request, reply) !== undefined) return reply;
    const office = await officeOr404(db, request, reply);
    if (office === undefined) return reply;
    const target = resourceOf(request.params['*']);
    if (target?.resource !== 'requests') return sendErrors(reply, target?.format ?? 'xml', 404, [NOT_FOUND]);
    return postRequest(db, request, reply, office, target.format);
  });
}

async function postRequest(db: Db, request: Req, reply: FastifyReply, office: Open311Office, format: Open311Format): Promise<FastifyReply> {
  const body = request.body ?? {};
  const query = (request.query ?? {}) as Record<string, unknown>;
  const sent = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)['api_key'] : undefined;
  const apiKey = typeof sent === 'string' ? sent : typeof query['api_key'] === 'string' ? query['api_key'] : '';
  const key = await useKey(db, office.officeId, apiKey.trim());
  if (key === undefined) return sendErrors(reply, format, 403, ["Invalid api_key received -- can't proceed with create_request."]);
  const read = readPostInput(body);
  if ('problems' in read) return sendErrors(reply, format, 400, read.problems);
  try {
    return sendDocument(reply.header('Cache-Control', 'no-store'), format, 'service_requests', await createRequest(db, office, key, read.input));
  } catch (error) {
    if (error instanceof Open311Refusal) return sendErrors(reply, format, error.status, error.descriptions);
    throw error;
  }
}

/** Registers the Open311 endpoints under /open311/ and the admins' settings routes. */
export function open311Routes(app: FastifyInstance, db: Db): void {
  open311AdminRoutes(app, db);
  app.register(
    async (scope) => {
      bodyParsers(scope);
      errorHandler(scope);
      routes(scope, db);
    },
    { prefix: '/open311' },
  );
}
