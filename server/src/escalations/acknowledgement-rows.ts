/**
 * Rows of acknowledgement_outbox (migration 006) and the synced citizen_acknowledgements row each one is mirrored
 * to (shared/sync/store.ts CitizenAcknowledgementSchema, keyed by the concern's id). As for escalations, every
 * change of an outbox row writes its mirror in the same transaction.
 */
import type { CitizenAcknowledgement } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { DELIVERY_COLUMNS, deliveryFieldsOf, writeMirror, type ConcernDeliveryRow, type Outbox } from './outbox';

/** An acknowledgement_outbox row. */
export interface AcknowledgementRow extends ConcernDeliveryRow {
  readonly state: CitizenAcknowledgement['state'];
}

/** The synced row desks receive for an acknowledgement. */
export function acknowledgementRowOf(row: AcknowledgementRow): CitizenAcknowledgement {
  return {
    id: row.concern_id,
    concernId: row.concern_id,
    state: row.state,
    to: row.to_addresses[0] ?? '',
    ...deliveryFieldsOf(row),
  };
}

/** Writes the synced mirror of an acknowledgement; desks are poked on commit when it changed. */
export async function mirrorAcknowledgement(tx: Tx, row: AcknowledgementRow): Promise<void> {
  await writeMirror(tx, 'citizen_acknowledgements', row.office_id, acknowledgementRowOf(row));
}

/** The acknowledgements' outbox, for claims.ts and the worker. */
export const ACKNOWLEDGEMENT_OUTBOX: Outbox<AcknowledgementRow> = {
  table: 'acknowledgement_outbox',
  columns: DELIVERY_COLUMNS,
  mirror: mirrorAcknowledgement,
};
