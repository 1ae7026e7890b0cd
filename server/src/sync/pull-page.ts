/**
 * Reading one page of an office's change log (sync_log, migration 003). Three rules make the cursor unable
 * to skip a change:
 *
 *   - Horizon: only entries whose xid is below pg_snapshot_xmin(pg_current_snapshot()), the oldest
 *     transaction still running, are read. Every transaction below it has finished, so no entry can still
 *     appear behind the cursor. (A plain `seq > cursor` would skip a transaction that took its seq first and
 *     committed last; the tests show it.)
 *   - Order: (xid, seq), the order of the index sync_log_office_position_idx.
 *   - Whole transactions: a page that reaches `limit` in the middle of a transaction is extended to its end,
 *     so a device never holds half of one server transaction (a concern without its history row).
 *
 * Each entry carries the row as that transaction wrote it, so a page holds every row exactly as of its end
 * position, even when a later transaction has already changed it again; only the last state of each row in
 * the page is sent.
 */
import type { RowChange, SyncTables, TableName } from '@shared/sync/store';
import type { Queryable } from '../db/db';

/** A position in the log: (xid, seq) as decimal strings. */
export interface LogPosition {
  readonly xid: string;
  readonly seq: string;
}

/** Before every entry. */
export const LOG_START: LogPosition = { xid: '0', seq: '0' };

/** One page: its changes (one per row), where it ends, and whether more entries are below the horizon. */
export interface LogPage {
  readonly changes: RowChange[];
  readonly end: LogPosition;
  readonly hasMore: boolean;
}

interface EntryRow {
  seq: string;
  xid: string;
  op: 'put' | 'delete' | 'mutation';
  table_name: TableName | null;
  row_id: string | null;
  row: SyncTables[TableName] | null;
}

const COLUMNS = 'seq, xid::text as xid, op, table_name, row_id, row';
// "order by xid" would sort by the text column of that name in the select list ('1001' < '999'), so the
// ORDER BY names the table's xid8 column explicitly.
const PAGE_SQL = `select ${COLUMNS} from sync_log
  where office_id = $1 and xid < $2::xid8 and (xid, seq) > ($3::xid8, $4::bigint)
  order by sync_log.xid, sync_log.seq limit $5`;
const REST_OF_XID_SQL = `select ${COLUMNS} from sync_log
  where office_id = $1 and xid = $2::xid8 and seq > $3::bigint order by sync_log.seq`;
const MORE_SQL = `select exists (select 1 from sync_log
  where office_id = $1 and xid < $2::xid8 and (xid, seq) > ($3::xid8, $4::bigint)) as more`;

/** The horizon: entries with a smaller xid belong to finished transactions only. */
export async function readHorizon(q: Queryable): Promise<string> {
  const { rows } = await q.query<{ horizon: string }>('select pg_snapshot_xmin(pg_current_snapshot())::text as horizon');
  const horizon = rows[0]?.horizon;
  if (horizon === undefined) throw new Error('No snapshot horizon');
  return horizon;
}

/** The last state of each row the entries touch, in the order of each row's last change. */
export function dedupe(entries: readonly EntryRow[]): RowChange[] {
  const latest = new Map<string, RowChange>();
  for (const entry of entries) {
    if (entry.op === 'mutation' || entry.table_name === null || entry.row_id === null) continue;
    const key = `${entry.table_name}\u0000${entry.row_id}`;
    latest.delete(key); // re-inserted below, so the Map's order is the order of last changes
    const change = { table: entry.table_name, id: entry.row_id, ...(entry.op === 'put' && entry.row !== null ? { row: entry.row } : {}) };
    latest.set(key, change as RowChange);
  }
  return [...latest.values()];
}

/** Reads the page of `officeId`'s log after `from`, below `horizon`, of about `limit` entries. */
export async function readPage(q: Queryable, officeId: string, from: LogPosition, horizon: string, limit: number): Promise<LogPage> {
  const { rows } = await q.query<EntryRow>(PAGE_SQL, [officeId, horizon, from.xid, from.seq, limit + 1]);
  if (rows.length <= limit) {
    const last = rows.at(-1);
    return { changes: dedupe(rows), end: last === undefined ? from : { xid: last.xid, seq: last.seq }, hasMore: false };
  }
  const entries = rows.slice(0, limit);
  const last = entries.at(-1) as EntryRow;
  let end: LogPosition = { xid: last.xid, seq: last.seq };
  let hasMore = true;
  if (rows[limit]?.xid === last.xid) {
    const rest = (await q.query<EntryRow>(REST_OF_XID_SQL, [officeId, last.xid, last.seq])).rows;
    entries.push(...rest);
    const tail = rest.at(-1) ?? last;
    end = { xid: tail.xid, seq: tail.seq };
    const more = await q.query<{ more: boolean }>(MORE_SQL, [officeId, horizon, end.xid, end.seq]);
    hasMore = more.rows[0]?.more === true;
  }
  return { changes: dedupe(entries), end, hasMore };
}

/**
 * The last of the device's mutations whose effects are within the log up to `end`: one less than the first of
 * its progress marks past `end`, or, with none past it, its last recorded mutation (read in the same snapshot).
 * Mutations of one device commit in id order, but their xids need not be in that order, so "the largest mark
 * up to end" could count a mutation whose neighbour below is not covered yet; the first mark past end cannot.
 */
export async function coveredMutationId(q: Queryable, clientId: string, end: LogPosition, lastRecorded: number): Promise<number> {
  const { rows } = await q.query<{ first: string | null }>(
    'select min(mutation_id)::text as first from sync_log where client_id = $1 and (xid, seq) > ($2::xid8, $3::bigint)',
    [clientId, end.xid, end.seq],
  );
  const first = rows[0]?.first ?? null;
  return first === null ? lastRecorded : Number(first) - 1;
}
