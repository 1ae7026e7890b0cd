/**
 * The HTTP side of the auth routes: parsing input with the shared zod schemas (400 with the issues), and an
 * error handler for their scope that turns AuthError and Fastify's body errors into `{ error, message }`
 * answers. Anything else goes on to the app's error handler, which hides the details of a 5xx.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { issuesOf } from '../../../../shared/api/errors';
import { AuthError } from '../../auth/errors';
import { isDatabaseUnavailable } from '../../db/unavailable';

/** Largest request body these routes accept: a sign-in or a new staff member is well under 1 KiB. */
export const AUTH_BODY_LIMIT = 16 * 1024;

/** An answer to invalid input, thrown from a handler. */
class InvalidInputError extends Error {
  constructor(readonly issues: ReturnType<typeof issuesOf>) {
    super(issues[0]?.message ?? 'The request is not valid.');
  }
}

/** Parses input with a schema; throws a 400 answer listing what is wrong. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input ?? undefined);
  if (!parsed.success) throw new InvalidInputError(issuesOf(parsed.error));
  return parsed.data;
}

const PLAIN_4XX: Readonly<Record<string, { status: number; error: string; message: string }>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, error: 'too-large', message: 'That request is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, error: 'unsupported-media-type', message: 'Send the request body as JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, error: 'invalid', message: 'The request body is empty but says it is JSON.' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, error: 'invalid', message: 'The request body is not valid JSON.' },
};

/** Installs the error handler of the auth routes' scope; also caps their bodies at AUTH_BODY_LIMIT. */
export function useAuthErrors(scope: FastifyInstance): void {
  scope.addHook('onRoute', (route) => {
    route.bodyLimit ??= AUTH_BODY_LIMIT;
  });
  scope.setErrorHandler((error: FastifyError, _request, reply) => {
    if (error instanceof AuthError) {
      if (error.retryAfterSeconds !== undefined) reply.header('retry-after', String(error.retryAfterSeconds));
      return reply.code(error.status).send({ ...error.extra, error: error.code, message: error.message });
    }
    if (error instanceof InvalidInputError) {
      return reply.code(400).send({ error: 'invalid', message: error.message, issues: error.issues });
    }
    const plain = error.code === undefined ? undefined : PLAIN_4XX[error.code];
    if (plain !== undefined) {
      const body = { error: plain.error, message: plain.message, ...(plain.error === 'invalid' ? { issues: [] } : {}) };
      return reply.code(plain.status).send(body);
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send({ error: 'bad-request', message: error.message });
    }
    if (isDatabaseUnavailable(error)) {
      return reply
        .code(503)
        .header('retry-after', '5')
        .send({ error: 'database-unavailable', message: 'The office server cannot reach its database right now. Try again in a moment.' });
    }
    // Not ours: the app's handler answers it (and hides the details of anything unexpected).
    throw error;
  });
}
