/**
 * Push: a device's outbox, applied one mutation per transaction, in order (SYNC.md "Writes"). For each one:
 *
 *   1. lock the device's row (created on its first push, bound to the session's staff member and office);
 *   2. an id already recorded answers its stored outcome as "duplicate", so resending a batch is always safe;
 *      an id past the next one expected refuses the push (409 gap) without applying anything;
 *   3. otherwise check the role, run the shared mutator on the office's SQL store with a context built from
 *      the session (never from the body), queue a priority email for each concern it made top priority and
 *      a citizen's acknowledgement for each concern that owes one, record applied or rejected, advance the
 *      device, poke the office.
 *
 * A rejection is an outcome: recorded, and the next mutation goes on. Any other error rolls back only that
 * mutation's transaction and fails the request; the mutations before it stay committed, and the device's
 * retry finds them as duplicates.
 */
import { applyMutation } from '@shared/sync/apply';
import { createMutationContext } from '@shared/sync/context';
import { LIMITS } from '@shared/domain/limits';
import { gapError, type PushMutation, type PushRequest, type PushResponse, type PushResult } from '@shared/sync/protocol';
import type { StaffSession } from '../auth/staff-session';
import type { Db, Tx } from '../db/db';
import { queueAcknowledgements } from '../escalations/acknowledgements';
import { fallbackConcernsIn } from '../escalations/fallbacks';
import { queueEscalations } from '../escalations/queue';
import { lockClient } from './clients';
import { SyncHttpError } from './errors';
import { refusalFor, refusalOnConcern } from './permissions';
import { pokeOffice } from './pokes';
import { createSqlStore } from './sql-store';

/** What happened to one mutation the first time it was pushed. */
type Outcome = { readonly status: 'applied' } | { readonly status: 'rejected'; readonly reason: string; readonly code: string };

interface RecordedRow {
  status: 'applied' | 'rejected';
  reason: string | null;
  code: string | null;
}

/** The author name stamped on rows: the session's, in the shape the row schemas accept. */
export function authorName(staff: StaffSession): string {
  return staff.displayName.trim().slice(0, LIMITS.staffName);
}

async function storedOutcome(tx: Tx, clientId: string, mutationId: number): Promise<PushResult> {
  const { rows } = await tx.query<RecordedRow>(
    'select status, reason, code from sync_mutations where client_id = $1 and mutation_id = $2',
    [clientId, mutationId],
  );
  const row = rows[0];
  if (row === undefined) throw new Error(`Mutation ${mutationId} of ${clientId} is counted as done but not recorded`);
  if (row.status === 'applied') return { id: mutationId, status: 'duplicate', outcome: 'applied' };
  return { id: mutationId, status: 'duplicate', outcome: 'rejected', reason: row.reason ?? '', code: row.code ?? '' };
}

/** Takes the office's sync lock for the rest of the transaction (also the newsletter's send: server/src/newsletter/send.ts). */
export async function lockOffice(tx: Tx, officeId: string): Promise<void> {
  // Mutators read, then write. Applying one office's mutations one at a time makes each read see every
  // earlier write (no lost update between two desks editing one concern, no two logs of one id) on
  // PostgreSQL as on PGlite; offices do not wait for each other.
  await tx.query('select pg_advisory_xact_lock(hashtextextended($1, 0))', [`civic-notebook:sync-office:${officeId}`]);
}

async function run(tx: Tx, staff: StaffSession, clientId: string, mutation: PushMutation, held: ReadonlySet<string>): Promise<Outcome> {
  const refusal = refusalFor(staff.role, mutation.name);
  if (refusal !== undefined) return { status: 'rejected', reason: refusal.reason, code: refusal.code };
  await lockOffice(tx, staff.officeId);
  const ctx = createMutationContext({
    at: mutation.at,
    by: authorName(staff),
    staffId: staff.staffId,
    officeId: staff.officeId,
    clientId,
    mutationId: mutation.id,
  });
  // applyMutation undoes a rejected mutation's writes itself; rolling back to the savepoint instead also takes
  // back the log entries those writes and their undo made, so a rejection costs other desks nothing.
  await tx.query('savepoint sync_mutation');
  const store = createSqlStore(tx, staff.officeId);
  const onConcern = await refusalOnConcern(staff.role, mutation.name, mutation.args, store);
  if (onConcern !== undefined) {
    await tx.query('rollback to savepoint sync_mutation');
    return { status: 'rejected', reason: onConcern.reason, code: onConcern.code };
  }
  const outcome = await applyMutation(store, mutation, ctx);
  if (outcome.status === 'applied') {
    // In this transaction, so the emails are owed exactly when the change commits (escalations/queue.ts and
    // escalations/acknowledgements.ts).
    await queueEscalations(tx, staff.officeId, store, outcome.undo, held);
    await queueAcknowledgements(tx, staff.officeId, store, outcome.undo);
    return { status: 'applied' };
  }
  await tx.query('rollback to savepoint sync_mutation');
  return { status: 'rejected', reason: outcome.reason, code: outcome.rejection.code };
}

async function record(tx: Tx, officeId: string, clientId: string, mutation: PushMutation, outcome: Outcome): Promise<void> {
  const isRejected = outcome.status === 'rejected';
  await tx.query(
    'insert into sync_mutations (client_id, mutation_id, name, status, reason, code) values ($1, $2, $3, $4, $5, $6)',
    [clientId, mutation.id, mutation.name, outcome.status, isRejected ? outcome.reason : null, isRejected ? outcome.code : null],
  );
  await tx.query('update sync_clients set last_mutation_id = $2 where client_id = $1', [clientId, mutation.id]);
  // The progress mark shares the transaction (so the xid) of the mutation's effects: pull counts a mutation
  // as done for its device exactly when a page covers this mark, and so its effects.
  await tx.query(`insert into sync_log (office_id, op, client_id, mutation_id) values ($1, 'mutation', $2, $3)`, [
    officeId,
    clientId,
    mutation.id,
  ]);
}

async function pushOne(tx: Tx, staff: StaffSession, clientId: string, mutation: PushMutation, held: ReadonlySet<string>) {
  const last = await lockClient(tx, clientId, staff);
  if (mutation.id <= last) return { result: await storedOutcome(tx, clientId, mutation.id), last };
  if (mutation.id > last + 1) throw new SyncHttpError(409, gapError(last + 1, mutation.id));
  const outcome = await run(tx, staff, clientId, mutation, held);
  await record(tx, staff.officeId, clientId, mutation, outcome);
  await pokeOffice(tx, staff.officeId);
  const result: PushResult = outcome.status === 'applied' ? { id: mutation.id, status: 'applied' } : { id: mutation.id, ...outcome };
  return { result, last: mutation.id };
}

/** Applies a push for the session's staff member; throws SyncHttpError for a gap (409) or a foreign device (403). */
export async function pushMutations(db: Db, staff: StaffSession, push: PushRequest): Promise<PushResponse> {
  const results: PushResult[] = [];
  let lastMutationId = 0;
  // Escalations of concerns a desk sent on itself later in this request wait for that record (escalations/fallbacks.ts).
  const held = fallbackConcernsIn(push.mutations);
  for (const mutation of push.mutations) {
    const done = await db.transaction((tx) => pushOne(tx, staff, push.clientId, mutation, held));
    results.push(done.result);
    lastMutationId = done.last;
  }
  return { results, lastMutationId };
}
