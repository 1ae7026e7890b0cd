/**
 * GET /api/setup (does the server still wait for its first admin?) and POST /api/setup (create the first
 * office and admin with the one-time code, and sign the admin in). Schemas: shared/api/auth.ts.
 */
import type { FastifyInstance } from 'fastify';
import { SetupRequestSchema } from '../../../../shared/api/auth';
import type { SetupStatus } from '../../../../shared/api/auth';
import type { Db } from '../../db/db';
import { needsSetup, setUp } from '../../auth/first-run';
import { setSessionCookie } from '../../auth/session-cookie';
import { parseInput } from './http';

/** Registers the setup routes. */
export function setupRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/setup', async (): Promise<SetupStatus> => ({ needsSetup: await needsSetup(db) }));

  app.post('/api/setup', async (request, reply) => {
    const input = parseInput(SetupRequestSchema, request.body);
    const session = await setUp(db, input, request.ip);
    setSessionCookie(request, reply, session.token);
    return reply.code(201).send(session);
  });
}
