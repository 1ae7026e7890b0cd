/**
 * Reading and writing many rows of one table at once through the store port (store.ts getMany/putMany), with
 * the row-by-row fallback for stores that have no bulk path (the memory store). A mutator that works on
 * hundreds of rows (importHistory) reads and writes through these, so the server does one SQL statement per
 * table instead of one per row, and the desk one IndexedDB request, while the mutator stays the one definition
 * of the change on every store.
 */
import type { SyncStore, SyncTables, TableName } from './store';

/** The rows with these ids, in order (undefined where absent): getMany when the store has it, else get() on each. */
export async function getRows<T extends TableName>(store: SyncStore, table: T, ids: readonly string[]): Promise<(SyncTables[T] | undefined)[]> {
  if (ids.length === 0) return [];
  if (store.getMany !== undefined) return store.getMany(table, ids);
  const rows: (SyncTables[T] | undefined)[] = [];
  for (const id of ids) rows.push(await store.get(table, id));
  return rows;
}

/** Writes the rows in order (a later row with the same id wins): putMany when the store has it, else put() on each. */
export async function putRows<T extends TableName>(store: SyncStore, table: T, rows: readonly SyncTables[T][]): Promise<void> {
  if (rows.length === 0) return;
  if (store.putMany !== undefined) return store.putMany(table, rows);
  for (const row of rows) await store.put(table, row);
}

/** The rows with the last of each id kept, in the order of each id's last row: what a bulk write must store. */
export function lastOfEachId<R extends { readonly id: string }>(rows: readonly R[]): R[] {
  const last = new Map<string, R>();
  for (const row of rows) {
    last.delete(row.id);
    last.set(row.id, row);
  }
  return [...last.values()];
}
