/**
 * Pull: one page of the office's changes after the device's cursor (pull-page.ts), the new cursor, and how
 * many of the device's own mutations the page covers. Runs in one REPEATABLE READ transaction, so the
 * horizon, the entries, the epoch and the device's progress all come from one snapshot.
 */
import { decodeCursor, encodeCursor } from '@shared/sync/cursor';
import type { PullRequest, PullResponse } from '@shared/sync/protocol';
import type { StaffSession } from '../auth/staff-session';
import type { Db, Queryable } from '../db/db';
import { readClient } from './clients';
import { SyncHttpError } from './errors';
import { coveredMutationId, LOG_START, readHorizon, readPage, type LogPosition } from './pull-page';

/** This database's epoch (migration 003): the life of the log that cursors point into. */
export async function readEpoch(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ epoch: string }>('select epoch from sync_epoch');
  const epoch = rows[0]?.epoch;
  if (epoch === undefined) throw new Error('sync_epoch is empty: migration 003 did not run');
  return epoch;
}

function startOf(cursor: string | undefined, epoch: string): LogPosition {
  if (cursor === undefined) return LOG_START;
  const decoded = decodeCursor(cursor);
  if (decoded.epoch !== epoch) {
    throw new SyncHttpError(409, {
      error: 'epoch',
      epoch,
      message: 'The server’s data was restored or moved since this device last synced. Fetch everything again; unsent changes are kept.',
    });
  }
  return decoded;
}

/** How many row changes of the office's log are below the horizon: the size of a first sync, roughly. */
async function countEntries(q: Queryable, officeId: string, horizon: string): Promise<number> {
  const { rows } = await q.query<{ total: string }>(
    `select count(*)::text as total from sync_log where office_id = $1 and xid < $2::xid8 and op <> 'mutation'`,
    [officeId, horizon],
  );
  return Number(rows[0]?.total ?? 0);
}

/** Reads the page after the request's cursor for the session's office; throws SyncHttpError 409 (epoch) or 403. */
export async function pullChanges(db: Db, staff: StaffSession, request: PullRequest): Promise<PullResponse> {
  return db.transaction(async (tx) => {
    await tx.query('set transaction isolation level repeatable read');
    const horizon = await readHorizon(tx);
    const epoch = await readEpoch(tx);
    const from = startOf(request.cursor, epoch);
    const lastRecorded = await readClient(tx, request.clientId, staff);
    const page = await readPage(tx, staff.officeId, from, horizon, request.limit);
    const total = request.cursor === undefined ? await countEntries(tx, staff.officeId, horizon) : undefined;
    return {
      ...(total === undefined ? {} : { total }),
      epoch,
      cursor: encodeCursor({ epoch, ...page.end }),
      hasMore: page.hasMore,
      changes: page.changes,
      lastMutationId: await coveredMutationId(tx, request.clientId, page.end, lastRecorded),
    };
  });
}
