/**
 * Signing in and out, who am I, and changing one's own password:
 * POST /api/sessions, DELETE /api/sessions/current, GET /api/me, PUT /api/me/password.
 * Schemas: shared/api/auth.ts.
 */
import type { FastifyInstance } from 'fastify';
import { ChangePasswordRequestSchema, SignInRequestSchema } from '../../../../shared/api/auth';
import type { MeResponse } from '../../../../shared/api/auth';
import type { Db } from '../../db/db';
import { requireStaff } from '../../auth/require-staff';
import { clearSessionCookie, setSessionCookie } from '../../auth/session-cookie';
import { revokeSession, signedInStaff } from '../../auth/sessions';
import { changeOwnPassword, signIn } from '../../auth/sign-in';
import { staffOf } from '../../auth/staff-session';
import { AuthError } from '../../auth/errors';
import { parseInput } from './http';

interface SessionRow {
  device_label: string | null;
  expires_at: Date;
}

/** Registers the session routes. */
export function sessionRoutes(app: FastifyInstance, db: Db): void {
  app.post('/api/sessions', async (request, reply) => {
    const input = parseInput(SignInRequestSchema, request.body);
    const session = await signIn(db, input, request.ip);
    setSessionCookie(request, reply, session.token);
    return reply.code(201).send(session);
  });

  app.delete('/api/sessions/current', { preHandler: requireStaff(db) }, async (request, reply) => {
    await revokeSession(db, staffOf(request).sessionId);
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.get('/api/me', { preHandler: requireStaff(db) }, async (request): Promise<MeResponse> => {
    const { staffId, sessionId } = staffOf(request);
    const staff = await signedInStaff(db, staffId);
    const { rows } = await db.query<SessionRow>('select device_label, expires_at from sessions where id = $1', [sessionId]);
    const session = rows[0];
    if (staff === undefined || session === undefined) throw new AuthError(401, 'unauthorized', 'Your session has ended. Sign in again.');
    return { staff, session: { id: sessionId, deviceLabel: session.device_label, expiresAt: session.expires_at.toISOString() } };
  });

  app.put('/api/me/password', { preHandler: requireStaff(db) }, async (request, reply) => {
    const input = parseInput(ChangePasswordRequestSchema, request.body);
    await changeOwnPassword(db, staffOf(request), input, request.ip);
    return reply.code(204).send();
  });
}
