/**
 * Desks' fallbacks (shared/sync/mutators/fallback.ts): a desk offline for too long emailed a top-priority
 * concern through its own mail program, or phoned it through, and recorded it. When that record arrives, the
 * concern's escalations still waiting in the outbox become 'handled' and are never emailed: the priority
 * address already has it, and a second message would be noise at the worst moment.
 *
 * The record usually arrives in the same push as the change that made the concern top priority (both waited in
 * the desk's outbox), but one transaction later. So push looks ahead (fallbackConcernsIn): an escalation whose
 * concern has a fallback later in the same request is queued on hold for FALLBACK_HOLD_SECONDS, and the worker
 * cannot send it before the fallback marks it handled. If the fallback is refused after all, the hold runs out
 * and the email goes as usual. An email already being sent or sent is left as it is: the office gets two
 * messages, which the escalation row and the fallback both show.
 */
import type { PushMutation } from '@shared/sync/protocol';
import type { RowChange } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { OUTBOX_COLUMNS, mirrorEscalation, type OutboxRow } from './outbox-rows';

/** How long an escalation waits for a fallback pushed after it in the same request. */
export const FALLBACK_HOLD_SECONDS = 60;

const FALLBACK_MUTATOR = 'recordEscalationFallback';

/** The concerns a push request records a fallback for (by the mutator's `id` argument), to hold their escalations. */
export function fallbackConcernsIn(mutations: readonly PushMutation[]): ReadonlySet<string> {
  const ids = new Set<string>();
  for (const mutation of mutations) {
    if (mutation.name !== FALLBACK_MUTATOR || mutation.args === null || typeof mutation.args !== 'object') continue;
    const id = (mutation.args as { id?: unknown }).id;
    if (typeof id === 'string') ids.add(id);
  }
  return ids;
}

/** The concerns an applied mutation recorded a fallback for: its undo log names each new fallback row. */
export function concernsWithNewFallback(undo: readonly RowChange[], fallbackConcernOf: (id: string) => Promise<string | undefined>): Promise<string[]> {
  const created = undo.filter((change) => change.table === 'escalation_fallbacks' && change.row === undefined);
  return Promise.all(created.map((change) => fallbackConcernOf(change.id))).then((ids) => ids.filter((id): id is string => id !== undefined));
}

/** Marks the concern's escalations still waiting to be emailed as handled by a desk, and mirrors them to desks. */
export async function markHandledByDesk(tx: Tx, officeId: string, concernId: string): Promise<number> {
  const { rows } = await tx.query<OutboxRow>(
    `update escalation_outbox set state = 'handled', handled_at = now(), next_attempt_at = now()
     where office_id = $1 and concern_id = $2 and state = 'queued'
     returning ${OUTBOX_COLUMNS}`,
    [officeId, concernId],
  );
  for (const row of rows) await mirrorEscalation(tx, row);
  return rows.length;
}
