/**
 * Rows of escalation_outbox (migration 004) and the synced concern_escalations row each one is mirrored to.
 * Every change of an outbox row writes its mirror in the same transaction, so what desks see (queued,
 * sending, sent, failed) is always what the outbox holds.
 */
import { concernEscalationId, type ConcernEscalation } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { pokeOffice } from '../sync/pokes';

/** The delivery states, as in the outbox and its mirror. */
export type EscalationState = ConcernEscalation['state'];

/** An escalation_outbox row. */
export interface OutboxRow {
  readonly id: string;
  readonly office_id: string;
  readonly concern_id: string;
  readonly escalation_number: number;
  readonly state: EscalationState;
  readonly to_addresses: string[];
  readonly attempts: number;
  readonly queued_at: Date;
  readonly next_attempt_at: Date;
  readonly lease_owner: string | null;
  readonly lease_expires_at: Date | null;
  readonly sent_at: Date | null;
  readonly failed_at: Date | null;
  readonly last_error: string | null;
  readonly handled_at: Date | null;
}

/** The columns of OutboxRow, for `select` and `returning`. */
export const OUTBOX_COLUMNS = `id, office_id, concern_id, escalation_number, state, to_addresses, attempts, queued_at,
  next_attempt_at, lease_owner, lease_expires_at, sent_at, failed_at, last_error, handled_at`;

/** The same columns qualified with a table alias, for statements that join. */
export function outboxColumnsOf(alias: string): string {
  return OUTBOX_COLUMNS.split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}

const iso = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** The synced row desks receive for an outbox row. */
export function escalationRowOf(row: OutboxRow): ConcernEscalation {
  return {
    id: concernEscalationId(row.concern_id, row.escalation_number),
    concernId: row.concern_id,
    escalationNumber: row.escalation_number,
    state: row.state,
    to: [...row.to_addresses],
    queuedAt: row.queued_at.toISOString(),
    nextAttemptAt: row.state === 'queued' ? row.next_attempt_at.toISOString() : null,
    sentAt: iso(row.sent_at),
    failedAt: iso(row.failed_at),
    attempts: row.attempts,
    lastError: row.last_error,
    handledAt: iso(row.handled_at),
  };
}

/**
 * Writes the synced mirror of an outbox row (its sync_log trigger makes desks receive it) and, when it changed,
 * pokes the office's desks on commit, so "sent" or "failed" shows within a second instead of at the next
 * timed pull.
 */
export async function mirrorEscalation(tx: Tx, row: OutboxRow): Promise<void> {
  const synced = escalationRowOf(row);
  // As in sql-store.ts: an identical rewrite must not add a log entry every desk would pull.
  const { rows } = await tx.query<{ id: string }>(
    `insert into concern_escalations (office_id, id, row) values ($1, $2, $3::json)
     on conflict (office_id, id) do update set row = excluded.row
     where concern_escalations.row::text is distinct from excluded.row::text
     returning id`,
    [row.office_id, synced.id, JSON.stringify(synced)],
  );
  if (rows.length > 0) await pokeOffice(tx, row.office_id);
}
