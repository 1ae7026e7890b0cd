/**
 * Errors as JSON. A 4xx keeps its message, which tells the client what to fix; a 5xx is logged in full and
 * answered with a generic message, so stack traces and SQL never reach a browser.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { isDatabaseUnavailable } from '../db/unavailable';

/** Installs the app's error handler. */
export function addErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const status = error.statusCode !== undefined && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error(error);
      if (isDatabaseUnavailable(error)) {
        return reply.code(503).header('retry-after', '5').send({ error: 'The office server cannot reach its database right now; try again shortly' });
      }
      return reply.code(status).send({ error: 'Something went wrong on the server' });
    }
    return reply.code(status).send({ error: error.message });
  });
}
