/**
 * GET /health: answers while the process can serve requests. Playwright and process supervisors poll it;
 * it checks nothing deeper yet, and once the database lands it should report whether that is reachable.
 */
import type { FastifyInstance } from 'fastify';

/** Registers GET /health. */
export function healthRoutes(app: FastifyInstance): void {
  app.get(
    '/health',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { status: { type: 'string', const: 'ok' } }, required: ['status'] },
        },
      },
    },
    () => ({ status: 'ok' as const }),
  );
}
