/**
 * A write buffer over a SyncStore, for a mutator that runs another mutator once per row (importHistory runs
 * logConcern for each of up to 500 rows): reads are answered from rows fetched in bulk beforehand, writes wait
 * in memory, and flush() writes each table's rows in one bulk write (bulk.ts). So one import batch costs the
 * server a few SQL statements instead of several per row, while logConcern stays the one definition of what
 * logging a concern writes.
 *
 * Reads see the buffer's own writes, as reads within a transaction do. Nothing reaches the store before
 * flush(): a rejection part way through (the mutator throws) leaves the store exactly as it was.
 */
import { getRows, putRows } from './bulk';
import type { Row, SyncStore, SyncTables, TableName } from './store';

/** A SyncStore whose writes wait for flush(). */
export interface WriteBuffer extends SyncStore {
  /** Reads these rows of one table in one go, so later get() calls for them are answered from memory. */
  prefetch(table: TableName, ids: readonly string[]): Promise<void>;
  /** Writes everything buffered to the store below: each table's puts in one bulk write, in first-write order. */
  flush(): Promise<void>;
}

function copy<T>(value: T): T {
  // Rows are JSON data by construction (they pass the zod row schemas), so a JSON round trip is a deep copy.
  return JSON.parse(JSON.stringify(value)) as T;
}

const keyOf = (table: TableName, id: string) => `${table}\u0000${id}`;

/** A write buffer over `store` (see the module's header). */
export function bufferWrites(store: SyncStore): WriteBuffer {
  /** Rows as the buffer sees them (null: known to be absent). Never handed out: callers get copies. */
  const known = new Map<string, Row | null>();
  /** Per table, in first-write order: each id's final state (null: deleted). */
  const writes = new Map<TableName, Map<string, Row | null>>();
  const write = (table: TableName, id: string, row: Row | null) => {
    known.set(keyOf(table, id), row);
    const rows = writes.get(table) ?? new Map<string, Row | null>();
    writes.set(table, rows);
    rows.set(id, row);
  };
  return {
    async get<T extends TableName>(table: T, id: string): Promise<SyncTables[T] | undefined> {
      const key = keyOf(table, id);
      if (!known.has(key)) known.set(key, (await store.get(table, id)) ?? null);
      const row = known.get(key);
      return row === null || row === undefined ? undefined : (copy(row) as SyncTables[T]);
    },
    async put(table, row) {
      write(table, row.id, copy(row));
    },
    async delete(table, id) {
      write(table, id, null);
    },
    async prefetch(table, ids) {
      const missing = [...new Set(ids)].filter((id) => !known.has(keyOf(table, id)));
      const rows = await getRows(store, table, missing);
      missing.forEach((id, i) => known.set(keyOf(table, id), rows[i] ?? null));
    },
    async flush() {
      for (const [table, rows] of writes) {
        const puts = [...rows.values()].filter((row): row is Row => row !== null);
        // Each table's rows are of that table (put() filed them under it), so they fit putRows for it.
        await putRows(store, table, puts as SyncTables[typeof table][]);
        for (const [id, row] of rows) if (row === null) await store.delete(table, id);
      }
      writes.clear();
    },
  };
}
