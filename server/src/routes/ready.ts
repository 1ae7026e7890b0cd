/**
 * GET /ready: 200 only while the database answers, so a load balancer or process supervisor sends traffic
 * to this process only when it can serve it. /health stays a liveness check that touches nothing.
 * A database that hangs counts as down after READY_TIMEOUT_MS, so the probe itself never hangs.
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/db';

/** How long the readiness query may take. */
export const READY_TIMEOUT_MS = 2_000;

const statusSchema = (status: string) => ({
  type: 'object',
  properties: { status: { type: 'string', const: status } },
  required: ['status'],
});

async function answers(db: Db): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
  });
  try {
    await Promise.race([db.query('select 1'), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Registers GET /ready. */
export function readyRoutes(app: FastifyInstance, db: Db): void {
  app.get(
    '/ready',
    { schema: { response: { 200: statusSchema('ready'), 503: statusSchema('unavailable') } } },
    async (request, reply) => {
      try {
        await answers(db);
        return { status: 'ready' as const };
      } catch (error) {
        request.log.warn({ err: error }, 'readiness check: the database does not answer');
        return reply.code(503).send({ status: 'unavailable' as const });
      }
    },
  );
}
