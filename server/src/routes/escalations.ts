/**
 * Acting on priority emails from the app (contract: shared/api/escalations.ts): POST
 * /api/escalations/:concernId/:number/resend queues a failed escalation again, for go-to people and admins of the
 * office. Registered in the auth routes' scope, so a missing session or another role get the same `{ error,
 * message }` answers as the admin routes; an escalation of another office is answered exactly like an unknown one.
 */
import type { FastifyInstance } from 'fastify';
import type { ResendEscalationResponse } from '@shared/api/escalations';
import type { Db } from '../db/db';
import { AuthError } from '../auth/errors';
import { requireStaff } from '../auth/require-staff';
import { staffOf } from '../auth/staff-session';
import { resendEscalation } from '../escalations/resend';

interface ResendParams {
  concernId: string;
  number: string;
}

const NOT_FOUND = (): AuthError => new AuthError(404, 'not-found', 'There is no such priority email in your office.');
// Anything else is no escalation number: answered like an unknown one rather than reaching SQL as a bad integer.
const NUMBER = /^[1-9][0-9]{0,8}$/;

/** Registers the escalation routes (inside the auth routes' scope: see routes/auth/index.ts). */
export function escalationRoutes(app: FastifyInstance, db: Db): void {
  const dutyStaff = { preHandler: requireStaff(db, ['goto', 'admin']) };

  app.post<{ Params: ResendParams }>('/api/escalations/:concernId/:number/resend', dutyStaff, async (request): Promise<ResendEscalationResponse> => {
    const { concernId, number } = request.params;
    if (!NUMBER.test(number)) throw NOT_FOUND();
    const outcome = await resendEscalation(db, staffOf(request).officeId, concernId, Number(number));
    if (outcome.status === 'not-found') throw NOT_FOUND();
    if (outcome.status === 'not-failed') {
      throw new AuthError(409, 'not-failed', `Only a failed priority email can be sent again; this one is ${outcome.escalation.state}.`);
    }
    return { escalation: outcome.escalation };
  });
}
