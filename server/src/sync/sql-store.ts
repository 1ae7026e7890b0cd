/**
 * The SyncStore port (shared/sync/store.ts) over SQL, inside one open transaction and bound to one office.
 * Every statement names the office: get() cannot see another office's row, put() stamps the office and its
 * upsert can only ever replace that office's row with the same id (the key is (office_id, id)), and delete()
 * cannot reach across either. So a mutator cannot touch another office, whatever ids a device sends.
 *
 * Rows are stored as JSON text, exactly as written; each write fires the sync_log trigger (migration 003). A
 * concern's write also sets its created_at column (migration 015) from the row's createdAt, for readers of a
 * window of time; an identical rewrite leaves both alone.
 * put and putMany share one upsert, an insert from unnest(ids, rows); getMany and putMany read and write many
 * rows of a table in one statement (`id = any($2)`, and that upsert), for a large mutation such as an import batch.
 */
import { lastOfEachId } from '@shared/sync/bulk';
import { TABLE_NAMES, type SyncStore, type SyncTables, type TableName } from '@shared/sync/store';
import type { Queryable } from '../db/db';

/** Most rows read or written by one statement of getMany/putMany (an import batch of 500 concerns is one). */
const BULK_ROWS = 1000;

/** Throws unless the name is one of the synced tables: table names are spliced into SQL, never parameters. */
export function assertSyncTable(table: string): asserts table is TableName {
  if (!(TABLE_NAMES as readonly string[]).includes(table)) throw new Error(`Not a synced table: "${table}"`);
}

/**
 * A concern's createdAt for its created_at column: the instant as the database reads it, or null when the row
 * has none that parses (mutators check rows before they are written; this only keeps a bad one from failing the
 * write). Readers treat a null as "look at the row".
 */
function createdAtOf(row: object): string | null {
  const value = (row as { createdAt?: unknown }).createdAt;
  if (typeof value !== 'string') return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const iso = new Date(time).toISOString();
  // Years past 9999 come out as "+010000-…", which the database cannot read.
  return /^\d{4}-/.test(iso) ? iso : null;
}

/**
 * Writes rows of one table, each id once, in one statement. An identical rewrite changes nothing, so it adds no
 * log entry that every desk would pull. Concerns also get their created_at.
 */
async function upsert(tx: Queryable, officeId: string, table: TableName, rows: readonly { readonly id: string }[]): Promise<void> {
  const ids = rows.map((row) => row.id);
  const texts = rows.map((row) => JSON.stringify(row));
  if (table === 'concerns') {
    await tx.query(
      `insert into concerns (office_id, id, row, created_at)
       select $1, u.id, u.row::json, u.created_at from unnest($2::text[], $3::text[], $4::timestamptz[]) as u (id, row, created_at)
       on conflict (office_id, id) do update set row = excluded.row, created_at = excluded.created_at
       where concerns.row::text is distinct from excluded.row::text`,
      [officeId, ids, texts, rows.map(createdAtOf)],
    );
    return;
  }
  await tx.query(
    `insert into ${table} (office_id, id, row)
     select $1, u.id, u.row::json from unnest($2::text[], $3::text[]) as u (id, row)
     on conflict (office_id, id) do update set row = excluded.row
     where ${table}.row::text is distinct from excluded.row::text`,
    [officeId, ids, texts],
  );
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
      await upsert(tx, officeId, table, [row]);
    },
    async getMany<T extends TableName>(table: T, ids: readonly string[]): Promise<(SyncTables[T] | undefined)[]> {
      assertSyncTable(table);
      const found = new Map<string, SyncTables[T]>();
      for (let i = 0; i < ids.length; i += BULK_ROWS) {
        const { rows } = await tx.query<{ id: string; row: SyncTables[T] }>(
          `select id, row from ${table} where office_id = $1 and id = any($2::text[])`,
          [officeId, [...new Set(ids.slice(i, i + BULK_ROWS))]],
        );
        for (const { id, row } of rows) found.set(id, row);
      }
      // An id asked twice gets the same object twice: both are still only the caller's, as get()'s are.
      return ids.map((id) => found.get(id));
    },
    async putMany<T extends TableName>(table: T, rows: readonly SyncTables[T][]): Promise<void> {
      assertSyncTable(table);
      // One statement may not upsert a key twice, so the last row of each id is the one written, as put() in
      // order would leave it. Same upsert as put(): an identical rewrite logs nothing.
      const last = lastOfEachId(rows);
      for (let i = 0; i < last.length; i += BULK_ROWS) await upsert(tx, officeId, table, last.slice(i, i + BULK_ROWS));
    },
    async delete(table: TableName, id: string): Promise<void> {
      assertSyncTable(table);
      await tx.query(`delete from ${table} where office_id = $1 and id = $2`, [officeId, id]);
    },
  };
}
