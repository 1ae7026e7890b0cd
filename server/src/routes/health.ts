/**
 * GET /health: answers while the process can serve requests (liveness). Playwright and process supervisors
 * poll it; it deliberately touches nothing else, so a slow database does not get a healthy process
 * restarted. Whether the database answers is GET /ready's job (routes/ready.ts).
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
