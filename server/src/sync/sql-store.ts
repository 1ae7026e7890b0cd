/**
 * The SyncStore port (shared/sync/store.ts) over SQL, inside one open transaction and bound to one office.
 * Every statement names the office: get() cannot see another office's row, put() stamps the office and its
 * upsert can only ever replace that office's row with the same id (the key is (office_id, id)), and delete()
 * cannot reach across either. So a mutator cannot touch another office, whatever ids a device sends.
 *
 * Rows are stored as JSON text, exactly as written; each write fires the sync_log trigger (migration 003).
 */
import { TABLE_NAMES, type SyncStore, type SyncTables, type TableName } from '@shared/sync/store';
import type { Queryable } from '../db/db';

/** Throws unless the name is one of the synced tables: table names are spliced into SQL, never parameters. */
export function assertSyncTable(table: string): asserts table is TableName {
  if (!(TABLE_NAMES as readonly string[]).includes(table)) throw new Error(`Not a synced table: "${table}"`);
}

/** A SyncStore over the open transaction `tx`, seeing and writing only `officeId`'s rows. */
export function createSqlStore(tx: Queryable, officeId: string): SyncStore {
  return {
    async get<T extends TableName>(table: T, id: string): Promise<SyncTables[T] | undefined> {
      assertSyncTable(table);
      const { rows } = await tx.query<{ row: SyncTables[T] }>(`select row from ${table} where office_id = $1 and id = $2`, [
        officeId,
        id,
      ]);
      return rows[0]?.row;
    },
    async put<T extends TableName>(table: T, row: SyncTables[T]): Promise<void> {
      assertSyncTable(table);
      // An identical rewrite changes nothing, so it must not add a log entry that every desk would pull.
      await tx.query(
        `insert into ${table} (office_id, id, row) values ($1, $2, $3::json)
         on conflict (office_id, id) do update set row = excluded.row
         where ${table}.row::text is distinct from excluded.row::text`,
        [officeId, row.id, JSON.stringify(row)],
      );
    },
    async delete(table: TableName, id: string): Promise<void> {
      assertSyncTable(table);
      await tx.query(`delete from ${table} where office_id = $1 and id = $2`, [officeId, id]);
    },
  };
}
