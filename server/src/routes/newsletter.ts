/**
 * Sending the monthly newsletter from the app (contract: shared/api/newsletter.ts), for the staff who may send
 * it (shared/domain/permissions.ts 'sendNewsletter': facilitators and admins): POST
 * /api/newsletters/:month/send and GET /api/newsletters/:month/deliveries. In a scope with the auth routes'
 * error answers, so a missing session, another role or a refusal get `{ error, message }`. The office and the
 * sender's name always come from the session.
 */
import type { FastifyInstance } from 'fastify';
import type { NewsletterDeliveriesResponse, SendNewsletterResponse } from '@shared/api/newsletter';
import { MonthSchema } from '@shared/domain/meeting';
import { mayDo } from '@shared/domain/permissions';
import type { Db } from '../db/db';
import { AuthError } from '../auth/errors';
import { requireStaff } from '../auth/require-staff';
import { ROLES, staffOf } from '../auth/staff-session';
import { deliveryCounts } from '../newsletter/deliveries';
import { sendNewsletter } from '../newsletter/send';
import { authorName } from '../sync/push';
import { useAuthErrors } from './auth/http';

interface MonthParams {
  month: string;
}

const REFUSALS = {
  'not-found': (month: string) => new AuthError(404, 'not-found', `There is no newsletter for ${month} yet: draft it first.`),
  'not-configured': () =>
    new AuthError(409, 'not-configured', "The office's mail server is not set up yet. An admin can add it under Settings, then send again."),
  'no-recipients': () =>
    new AuthError(409, 'no-recipients', 'Nobody has asked for the newsletter yet (or everyone who did has unsubscribed), so nothing was sent.'),
} as const;

function monthOf(params: MonthParams): string {
  const parsed = MonthSchema.safeParse(params.month);
  if (!parsed.success) throw new AuthError(400, 'invalid-month', 'Give the month as YYYY-MM, like 2026-11.');
  return parsed.data;
}

/** Registers the newsletter's staff routes in a scope of their own. */
export function newsletterRoutes(app: FastifyInstance, db: Db): void {
  app.register(async (scope) => {
    useAuthErrors(scope);
    // The send has no body; a client that sends one anyway (an empty JSON object) is not refused for it.
    const senders = { preHandler: requireStaff(db, ROLES.filter((role) => mayDo(role, 'sendNewsletter'))) };

    scope.post<{ Params: MonthParams }>('/api/newsletters/:month/send', senders, async (request): Promise<SendNewsletterResponse> => {
      const month = monthOf(request.params);
      const me = staffOf(request);
      const outcome = await sendNewsletter(db, me.officeId, month, authorName(me));
      if (outcome.status === 'invalid-issue') {
        throw new AuthError(409, 'invalid-issue', `The newsletter cannot be sent as it is saved: ${outcome.reason.replace(/\.?$/, '.')}`);
      }
      if (outcome.status !== 'sent') throw REFUSALS[outcome.status](month);
      return {
        month,
        sentAt: outcome.sentAt,
        sentBy: outcome.sentBy,
        queuedNow: outcome.queuedNow,
        deliveries: await deliveryCounts(db, me.officeId, month),
      };
    });

    scope.get<{ Params: MonthParams }>('/api/newsletters/:month/deliveries', senders, async (request): Promise<NewsletterDeliveriesResponse> =>
      deliveryCounts(db, staffOf(request).officeId, monthOf(request.params)),
    );
  });
}
