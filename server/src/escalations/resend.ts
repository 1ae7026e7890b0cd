/**
 * Resending a failed priority email (POST /api/escalations/:concernId/:number/resend): the escalation goes back
 * to 'queued', due now, with its attempts counted from zero and its failure cleared, mirrored to desks and the
 * delivery workers woken, all in one transaction. It stays the same escalation (same row, same Message-ID): a
 * failed one was never accepted by the mail server, so sending it again cannot make a second copy. Only a failed
 * escalation can be resent: one queued or being sent is on its way, a sent one arrived, a handled one a desk sent.
 */
import type { ConcernEscalation } from '@shared/sync/store';
import type { Db } from '../db/db';
import { ESCALATION_OUTBOX, OUTBOX_COLUMNS, escalationRowOf, type OutboxRow } from './outbox-rows';
import { ESCALATION_CHANNEL } from './queue';

/** What a resend did. */
export type ResendOutcome =
  | { readonly status: 'queued'; readonly escalation: ConcernEscalation }
  | { readonly status: 'not-found' }
  | { readonly status: 'not-failed'; readonly escalation: ConcernEscalation };

/** Queues the office's failed escalation `number` of a concern again. */
export function resendEscalation(db: Db, officeId: string, concernId: string, number: number): Promise<ResendOutcome> {
  return db.transaction(async (tx) => {
    // Locked, so a resend racing with another (or with a worker) sees the state the other one left.
    const { rows } = await tx.query<OutboxRow>(
      `select ${OUTBOX_COLUMNS} from escalation_outbox where office_id = $1 and concern_id = $2 and escalation_number = $3 for update`,
      [officeId, concernId, number],
    );
    const found = rows[0];
    if (found === undefined) return { status: 'not-found' };
    if (found.state !== 'failed') return { status: 'not-failed', escalation: escalationRowOf(found) };
    const updated = await tx.query<OutboxRow>(
      `update escalation_outbox
          set state = 'queued', attempts = 0, failed_at = null, last_error = null, next_attempt_at = now()
        where id = $1
        returning ${OUTBOX_COLUMNS}`,
      [found.id],
    );
    const row = updated.rows[0];
    if (row === undefined) throw new Error('Resending an escalation returned no row');
    await ESCALATION_OUTBOX.mirror(tx, row);
    await tx.notify(ESCALATION_CHANNEL, officeId);
    return { status: 'queued', escalation: escalationRowOf(row) };
  });
}
