/**
 * Queueing escalations: when an applied mutation leaves a concern top priority that was not before (logged as
 * top, or raised by setPriority or editConcern), push calls queueEscalations inside that mutation's own
 * transaction. It adds an escalation_outbox row and its synced mirror, and wakes the delivery workers once the
 * transaction commits. So the email is owed exactly when the change is committed: a rolled-back or rejected
 * mutation queues nothing, and a replayed push is answered from sync_mutations without running the mutator.
 *
 * Why here and not in a trigger on concerns: the trigger would have to read the priority out of the row's
 * JSON, and migration 003 keeps rows as json text the server never looks inside, because even ->> fails on
 * strings the domain allows (a "\u0000" in the details would then fail every push of that concern). Here the
 * check works on the rows the mutator wrote, before and after, whatever the mutator is called, so a future
 * mutator that raises priority is covered too. Rows are only ever written by pushes (sql-store.ts); an admin
 * changing a concern by hand in SQL would not be escalated.
 */
import { getRows } from '@shared/sync/bulk';
import type { RowChange, SyncStore } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { FALLBACK_HOLD_SECONDS, concernsWithNewFallback, markHandledByDesk } from './fallbacks';
import { readOfficeSettings } from './office-settings';
import { OUTBOX_COLUMNS, mirrorEscalation, type OutboxRow } from './outbox-rows';

/** The notification channel that wakes delivery workers (of escalations and acknowledgements); the payload is the office id. */
export const ESCALATION_CHANNEL = 'escalation_queued';

/** The concerns an applied mutation raised to top priority, from its undo log (the rows as they were before). */
export async function concernsRaisedToTop(store: SyncStore, undo: readonly RowChange[]): Promise<string[]> {
  const candidates = undo.filter((change) => change.table === 'concerns' && change.row?.priority !== 'top').map((change) => change.id);
  // In one read: an import batch leaves 500 new concerns here.
  const after = await getRows(store, 'concerns', candidates);
  return candidates.filter((_, i) => after[i]?.priority === 'top');
}

/**
 * Queues the next escalation of a concern: number n + 1 after its n earlier ones, so lowering and raising a
 * concern again is a new escalation and the unique key (office, concern, number) refuses a second row for the
 * same one. Callers hold the office's sync lock (push.ts), so two pushes cannot pick the same number.
 */
export async function queueEscalation(tx: Tx, officeId: string, concernId: string, holdSeconds = 0): Promise<OutboxRow> {
  const settings = await readOfficeSettings(tx, officeId);
  const { rows } = await tx.query<OutboxRow>(
    `insert into escalation_outbox (office_id, concern_id, escalation_number, to_addresses, next_attempt_at)
     values ($1, $2, (select coalesce(max(escalation_number), 0) + 1 from escalation_outbox where office_id = $1 and concern_id = $2), $3::text[],
       now() + make_interval(secs => $4))
     returning ${OUTBOX_COLUMNS}`,
    [officeId, concernId, settings?.priorityAddresses ?? [], holdSeconds],
  );
  const row = rows[0];
  if (row === undefined) throw new Error('Queueing an escalation returned no row');
  await mirrorEscalation(tx, row);
  await tx.notify(ESCALATION_CHANNEL, officeId);
  return row;
}

/**
 * Queues an escalation for each concern the mutation (applied on `store`, with this undo log) made top priority;
 * those in `held` wait FALLBACK_HOLD_SECONDS for a desk's fallback pushed after them (fallbacks.ts). Then marks
 * as handled the waiting escalations of each concern the mutation recorded a fallback for.
 */
export async function queueEscalations(
  tx: Tx,
  officeId: string,
  store: SyncStore,
  undo: readonly RowChange[],
  held: ReadonlySet<string> = new Set(),
): Promise<void> {
  for (const concernId of await concernsRaisedToTop(store, undo)) {
    await queueEscalation(tx, officeId, concernId, held.has(concernId) ? FALLBACK_HOLD_SECONDS : 0);
  }
  const fallbackConcernOf = async (id: string) => (await store.get('escalation_fallbacks', id))?.concernId;
  for (const concernId of await concernsWithNewFallback(undo, fallbackConcernOf)) await markHandledByDesk(tx, officeId, concernId);
}
