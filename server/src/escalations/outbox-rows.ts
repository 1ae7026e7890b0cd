/**
 * Rows of escalation_outbox (migration 004) and the synced concern_escalations row each one is mirrored to.
 * Every change of an outbox row writes its mirror in the same transaction, so what desks see (queued,
 * sending, sent, failed, handled) is always what the outbox holds.
 */
import { concernEscalationId, type ConcernEscalation } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { DELIVERY_COLUMNS, deliveryFieldsOf, isoOrNull, writeMirror, type ConcernDeliveryRow, type Outbox } from './outbox';

/** The delivery states, as in the outbox and its mirror. */
export type EscalationState = ConcernEscalation['state'];

/** An escalation_outbox row. */
export interface OutboxRow extends ConcernDeliveryRow {
  readonly escalation_number: number;
  readonly state: EscalationState;
  readonly handled_at: Date | null;
}

/** The columns of OutboxRow, for `select` and `returning`. */
export const OUTBOX_COLUMNS = `${DELIVERY_COLUMNS}, escalation_number, handled_at`;

/** The synced row desks receive for an outbox row. */
export function escalationRowOf(row: OutboxRow): ConcernEscalation {
  return {
    id: concernEscalationId(row.concern_id, row.escalation_number),
    concernId: row.concern_id,
    escalationNumber: row.escalation_number,
    state: row.state,
    to: [...row.to_addresses],
    ...deliveryFieldsOf(row),
    handledAt: isoOrNull(row.handled_at),
  };
}

/** Writes the synced mirror of an outbox row; desks are poked on commit when it changed. */
export async function mirrorEscalation(tx: Tx, row: OutboxRow): Promise<void> {
  await writeMirror(tx, 'concern_escalations', row.office_id, escalationRowOf(row));
}

/** The priority emails' outbox, for claims.ts and the worker. */
export const ESCALATION_OUTBOX: Outbox<OutboxRow> = { table: 'escalation_outbox', columns: OUTBOX_COLUMNS, mirror: mirrorEscalation };
