/**
 * The mail worker's outboxes: escalation_outbox (priority emails to the office, migration 004),
 * acknowledgement_outbox (citizens' acknowledgements, migration 006) and newsletter_deliveries (the monthly
 * newsletter, migration 012; server/src/newsletter). All carry the same delivery columns
 * (state, addresses, attempts, due time, lease, outcome), so claims.ts and worker.ts work on either through an
 * Outbox: its table, its columns, and how a row is mirrored into the synced table desks receive.
 */
import type { SyncTables } from '@shared/sync/store';
import type { Tx } from '../db/db';
import { pokeOffice } from '../sync/pokes';

/** The delivery columns every outbox row has. */
export interface DeliveryRow {
  readonly id: string;
  readonly office_id: string;
  readonly state: 'queued' | 'sending' | 'sent' | 'failed' | 'handled';
  readonly to_addresses: string[];
  readonly attempts: number;
  readonly queued_at: Date;
  readonly next_attempt_at: Date;
  readonly lease_owner: string | null;
  readonly lease_expires_at: Date | null;
  readonly sent_at: Date | null;
  readonly failed_at: Date | null;
  readonly last_error: string | null;
}

/** A row of an outbox about one concern (escalations, acknowledgements; not the newsletter's). */
export interface ConcernDeliveryRow extends DeliveryRow {
  readonly concern_id: string;
}

/** The delivery columns of a concern's outbox, for `select` and `returning`. */
export const DELIVERY_COLUMNS = `id, office_id, concern_id, state, to_addresses, attempts, queued_at, next_attempt_at, lease_owner,
  lease_expires_at, sent_at, failed_at, last_error`;

/** One outbox table and the synced table its rows are mirrored to. */
export interface Outbox<R extends DeliveryRow> {
  /** A constant, never input: it is written into SQL. */
  readonly table: 'escalation_outbox' | 'acknowledgement_outbox' | 'newsletter_deliveries';
  /** Every column of R, for `select` and `returning`. */
  readonly columns: string;
  /** Writes the synced mirror of a row, in the transaction that changed it. */
  mirror(tx: Tx, row: R): Promise<void>;
}

/** An outbox's columns qualified with a table alias, for statements that join. */
export function columnsOf(outbox: Outbox<DeliveryRow>, alias: string): string {
  return outbox.columns
    .split(',')
    .map((column) => `${alias}.${column.trim()}`)
    .join(', ');
}

/** The synced tables only the mail worker writes. */
type MirrorTable = 'concern_escalations' | 'citizen_acknowledgements';

/**
 * Writes a synced mirror row (its sync_log trigger makes desks receive it) and, when it changed, pokes the
 * office's desks on commit, so "sent" or "failed" shows within a second instead of at the next timed pull.
 */
export async function writeMirror<T extends MirrorTable>(tx: Tx, table: T, officeId: string, row: SyncTables[T]): Promise<void> {
  // As in sql-store.ts: an identical rewrite must not add a log entry every desk would pull.
  const { rows } = await tx.query<{ id: string }>(
    `insert into ${table} (office_id, id, row) values ($1, $2, $3::json)
     on conflict (office_id, id) do update set row = excluded.row
     where ${table}.row::text is distinct from excluded.row::text
     returning id`,
    [officeId, row.id, JSON.stringify(row)],
  );
  if (rows.length > 0) await pokeOffice(tx, officeId);
}

/** An ISO timestamp, or null. */
export const isoOrNull = (date: Date | null): string | null => (date === null ? null : date.toISOString());

/** The delivery fields every synced mirror row has, as desks read them. */
export function deliveryFieldsOf(row: DeliveryRow) {
  return {
    queuedAt: row.queued_at.toISOString(),
    // Only a queued row waits for a time; a row being sent, sent or failed waits for nothing.
    nextAttemptAt: row.state === 'queued' ? row.next_attempt_at.toISOString() : null,
    sentAt: isoOrNull(row.sent_at),
    failedAt: isoOrNull(row.failed_at),
    attempts: row.attempts,
    lastError: row.last_error,
  };
}
