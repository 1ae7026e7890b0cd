/**
 * TEST ONLY: the pull everyone writes first, kept to prove it wrong. It reads the log by `seq > cursor`, so a
 * transaction that took its seq before another and committed after it is skipped for good once a device has
 * read past the later one. The real pull (server/src/sync/pull-page.ts) reads below the xid horizon instead.
 */
import type { Queryable } from '../../../server/src/db/db';
import type { RowChange, TableName } from '@shared/sync/store';

/** A naive page: the changed rows after `cursor` (a seq) and the last seq read. */
export interface NaivePage {
  readonly changes: RowChange[];
  readonly cursor: number;
}

/** Reads the office's log after seq `cursor`, with each changed row's current state. */
export async function naivePull(q: Queryable, officeId: string, cursor: number): Promise<NaivePage> {
  const { rows } = await q.query<{ seq: string; table_name: TableName; row_id: string }>(
    `select seq, table_name, row_id from sync_log where office_id = $1 and seq > $2 and op <> 'mutation' order by seq`,
    [officeId, cursor],
  );
  const changes: RowChange[] = [];
  for (const entry of rows) {
    const current = await q.query<{ row: never }>(`select row from ${entry.table_name} where office_id = $1 and id = $2`, [officeId, entry.row_id]);
    const row = current.rows[0]?.row;
    changes.push({ table: entry.table_name, id: entry.row_id, ...(row === undefined ? {} : { row }) } as RowChange);
  }
  return { changes, cursor: rows.length === 0 ? cursor : Number(rows.at(-1)?.seq) };
}
