/**
 * An outbox's state changes (outbox.ts: the priority emails' and the acknowledgements'), each in one transaction
 * with the row's synced mirror:
 *
 *   queued ──claim──▶ sending ──accepted──▶ sent
 *     ▲                 │  └──5xx, or the last attempt failed──▶ failed
 *     └──retry later────┘
 *
 * A claim takes due rows with FOR UPDATE SKIP LOCKED, so two server processes claiming at once get different
 * rows and neither waits for the other, and gives each a lease. A row still 'sending' after its lease ran out
 * belongs to a process that died mid-delivery: it is due again. The lease must outlast a whole send (the
 * worker gives up on a send well before), so a live sender never loses its row. Every time is the database's
 * now(), one clock for every process.
 *
 * The claim token is (lease_owner, attempts): a sender may record a failure only while the row is still its
 * claim. Success is recorded whatever happened meanwhile, because the mail server did take the message.
 */
import type { Db } from '../db/db';
import { columnsOf, type DeliveryRow, type Outbox } from './outbox';

/** Claims up to `limit` due rows of the outbox for `owner`, each for `leaseMs`; they are 'sending' once this returns. */
export async function claimDue<R extends DeliveryRow>(db: Db, outbox: Outbox<R>, owner: string, limit: number, leaseMs: number): Promise<R[]> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<R>(
      `with due as (
          select id from ${outbox.table}
           where (state = 'queued' and next_attempt_at <= now()) or (state = 'sending' and lease_expires_at <= now())
           order by next_attempt_at, id
           limit $1
           for update skip locked
        )
        update ${outbox.table} o
           set state = 'sending', attempts = o.attempts + 1, lease_owner = $2,
               lease_expires_at = now() + $3::float8 * interval '1 millisecond'
          from due
         where o.id = due.id
        returning ${columnsOf(outbox, 'o')}`,
      [limit, owner, leaseMs],
    );
    for (const row of rows) await outbox.mirror(tx, row);
    return rows;
  });
}

/** Records that the mail server accepted the message; `note` says which addresses it refused, if any. */
export async function markSent<R extends DeliveryRow>(db: Db, outbox: Outbox<R>, row: R, to: readonly string[], note: string | null): Promise<R | undefined> {
  return finish(
    db,
    outbox,
    `update ${outbox.table}
        set state = 'sent', sent_at = now(), to_addresses = $2::text[], last_error = $3, failed_at = null,
            lease_owner = null, lease_expires_at = null
      where id = $1 and state <> 'sent'
      returning ${outbox.columns}`,
    [row.id, to, note],
  );
}

/** Records a failed attempt of the claim `row`: retried after `retryInMs`, or failed for good when that is undefined. */
export async function markFailedAttempt<R extends DeliveryRow>(
  db: Db,
  outbox: Outbox<R>,
  row: R,
  to: readonly string[],
  reason: string,
  retryInMs: number | undefined,
): Promise<R | undefined> {
  const isFinal = retryInMs === undefined;
  return finish(
    db,
    outbox,
    `update ${outbox.table}
        set state = case when $5::boolean then 'failed' else 'queued' end,
            failed_at = case when $5::boolean then now() end,
            next_attempt_at = case when $5::boolean then next_attempt_at else now() + $6::float8 * interval '1 millisecond' end,
            to_addresses = $4::text[], last_error = $7, lease_owner = null, lease_expires_at = null
      where id = $1 and state = 'sending' and lease_owner = $2 and attempts = $3
      returning ${outbox.columns}`,
    [row.id, row.lease_owner, row.attempts, to, isFinal, retryInMs ?? 0, reason],
  );
}

/** Hands back a claim its worker never started on (it is stopping): due again at once, the attempt not counted. */
export async function releaseClaim<R extends DeliveryRow>(db: Db, outbox: Outbox<R>, row: R): Promise<R | undefined> {
  return finish(
    db,
    outbox,
    `update ${outbox.table}
        set state = 'queued', attempts = attempts - 1, lease_owner = null, lease_expires_at = null
      where id = $1 and state = 'sending' and lease_owner = $2 and attempts = $3
      returning ${outbox.columns}`,
    [row.id, row.lease_owner, row.attempts],
  );
}

async function finish<R extends DeliveryRow>(db: Db, outbox: Outbox<R>, sql: string, params: readonly unknown[]): Promise<R | undefined> {
  return db.transaction(async (tx) => {
    const { rows } = await tx.query<R>(sql, params);
    const row = rows[0];
    if (row !== undefined) await outbox.mirror(tx, row);
    return row;
  });
}

/** Milliseconds until the outbox's next row falls due (a retry, or a lease running out), or undefined when none will. */
export async function msUntilNextDue(db: Db, outbox: Outbox<DeliveryRow>): Promise<number | undefined> {
  const { rows } = await db.query<{ wait_ms: number | null }>(
    // Not greatest(0, …): it ignores a null, and "nothing due ever" would read as "due now".
    `select (extract(epoch from (min(due) - now())) * 1000)::float8 as wait_ms from (
       select min(next_attempt_at) as due from ${outbox.table} where state = 'queued'
       union all
       select min(lease_expires_at) from ${outbox.table} where state = 'sending'
     ) as next`,
  );
  const wait = rows[0]?.wait_ms;
  return wait === null || wait === undefined ? undefined : Math.max(0, wait);
}
