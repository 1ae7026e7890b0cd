/**
 * Queueing citizens' acknowledgements: when an applied mutation leaves a concern whose citizen gave an email
 * address, agreed to be contacted and is not anonymous (acknowledgementAddressOf), and the office has
 * acknowledgements switched on, push calls queueAcknowledgements inside that mutation's own transaction, as for
 * escalations (queue.ts). The concern gets one acknowledgement_outbox row, ever: the unique key (office, concern)
 * makes a replayed push or the same change from another desk queue nothing more. So the email is owed exactly
 * when the change that made it owed commits, whether the address came with the concern or was added later (see
 * concernsToAcknowledge). A concern already resolved or closed is not acknowledged: the citizen has had their answer.
 */
import { acknowledgementAddressOf } from '@shared/domain/acknowledgement';
import { getRows } from '@shared/sync/bulk';
import type { RowChange, SyncStore } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { ACKNOWLEDGEMENT_OUTBOX, mirrorAcknowledgement, type AcknowledgementRow } from './acknowledgement-rows';
import { readOfficeSettings } from './office-settings';
import { ESCALATION_CHANNEL } from './queue';

/** A concern to acknowledge and its citizen's address. */
interface Owed {
  readonly concernId: string;
  readonly to: string;
}

/**
 * The concerns an applied mutation made acknowledgeable (its undo log holds each one as it was before): logged
 * with a citizen to acknowledge, or given the address or consent by this change. An edit of a concern that could
 * already be acknowledged owes nothing, so switching the feature on never mails citizens of older concerns
 * the next time someone corrects a typo in them.
 */
export async function concernsToAcknowledge(store: SyncStore, undo: readonly RowChange[]): Promise<Owed[]> {
  const ids = new Set<string>();
  for (const change of undo) {
    if (change.table !== 'concerns') continue;
    if (change.row === undefined || acknowledgementAddressOf(change.row.contact) === undefined) ids.add(change.id);
  }
  const owed: Owed[] = [];
  // In one read: an import batch leaves 500 new concerns here.
  const candidates = [...ids];
  const rows = await getRows(store, 'concerns', candidates);
  for (const [i, concernId] of candidates.entries()) {
    const after = rows[i];
    if (after === undefined || after.status === 'resolved' || after.status === 'closed') continue;
    const to = acknowledgementAddressOf(after.contact);
    if (to !== undefined) owed.push({ concernId, to });
  }
  return owed;
}

/**
 * Queues the acknowledgement of each concern the mutation (applied on `store`, with this undo log) left with a
 * citizen to acknowledge, unless the concern had one already; wakes the delivery workers once the transaction
 * commits. Callers hold the office's sync lock (push.ts).
 */
export async function queueAcknowledgements(tx: Tx, officeId: string, store: SyncStore, undo: readonly RowChange[]): Promise<void> {
  const owed = await concernsToAcknowledge(store, undo);
  if (owed.length === 0) return;
  // Read only now: most mutations owe nothing, and they should not pay for the settings.
  const settings = await readOfficeSettings(tx, officeId);
  if (settings === undefined || !settings.acknowledgement.enabled) return;
  for (const { concernId, to } of owed) {
    const { rows } = await tx.query<AcknowledgementRow>(
      `insert into acknowledgement_outbox (office_id, concern_id, to_addresses) values ($1, $2, $3::text[])
       on conflict (office_id, concern_id) do nothing
       returning ${ACKNOWLEDGEMENT_OUTBOX.columns}`,
      [officeId, concernId, [to]],
    );
    const row = rows[0];
    if (row === undefined) continue;
    await mirrorAcknowledgement(tx, row);
    await tx.notify(ESCALATION_CHANNEL, officeId);
  }
}
