/**
 * The sync routes (SYNC.md): POST /api/sync/push, POST /api/sync/pull, GET /api/sync/events. Authentication
 * runs first (onRequest), so an unsigned request is refused before its body is read. Bodies are read with
 * the shared schemas (validation.ts); the services (push.ts, pull.ts) take who is asking only from the
 * session. Errors in this scope answer JSON { error, message }: a 4xx says what to fix, a 5xx says nothing
 * about the server's insides.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import type { Db } from '../db/db';
import { isDatabaseUnavailable } from '../db/unavailable';
import { SyncHttpError } from './errors';
import { eventStreamRoute, EVENT_STREAM_DEFAULTS, type EventStreamOptions } from './events';
import { createPokeHub } from './pokes';
import { pullChanges } from './pull';
import { pushMutations } from './push';
import { PULL_BODY_LIMIT, PUSH_BODY_LIMIT, readPullBody, readPushBody } from './validation';

/** Options of the sync routes (tests shorten the event stream's timers). */
export type SyncRouteOptions = Partial<EventStreamOptions>;

function handleError(error: FastifyError | SyncHttpError, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof SyncHttpError) return reply.code(error.statusCode).send(error.body);
  const status = error.statusCode ?? 500;
  if (status === 413) {
    return reply.code(413).send({ error: 'too-large', message: 'This request is too large for the server. Send fewer changes at once.' });
  }
  if (status >= 400 && status < 500) return reply.code(status).send({ error: 'invalid-request', message: error.message });
  request.log.error(error);
  if (isDatabaseUnavailable(error)) {
    return reply.code(503).header('retry-after', '5').send({
      error: 'database-unavailable',
      message: 'The office server cannot reach its database right now. Changes not yet confirmed stay on this device and are sent again.',
    });
  }
  return reply.code(500).send({
    error: 'server-error',
    message: 'Something went wrong on the server. Changes not yet confirmed stay on this device and are sent again.',
  });
}

/** Registers the sync routes; their poke listener stops when the app closes. */
export function syncRoutes(app: FastifyInstance, db: Db, options: SyncRouteOptions = {}): void {
  void app.register(async (scope) => {
    scope.setErrorHandler(handleError);
    const hub = createPokeHub(db);
    scope.addHook('onClose', () => hub.close());
    const onRequest = requireStaff(db);
    scope.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT, onRequest }, async (request) =>
      pushMutations(db, staffOf(request), readPushBody(request.body)),
    );
    scope.post('/api/sync/pull', { bodyLimit: PULL_BODY_LIMIT, onRequest }, async (request) =>
      pullChanges(db, staffOf(request), readPullBody(request.body)),
    );
    eventStreamRoute(scope, db, hub, { ...EVENT_STREAM_DEFAULTS, ...options });
  });
}
