/**
 * An in-memory SyncStore: the reference implementation of the port, used by tests and by the model-based sync
 * tests as a simulated client or server. Pure (no clock, no I/O), and it copies rows in and out so a caller
 * holding a row cannot change what is stored behind the store's back, as with Dexie or SQL.
 *
 * It also keeps a change log, a stand-in for the server's sync_log: every put or delete appends the key it
 * touched, and changesSince(n) returns the current state of every key touched after position n.
 */
import { TABLE_NAMES, type Row, type RowChange, type SyncStore, type SyncTables, type TableName } from './store';

/** Every row of every table, keyed by id, with tables and ids in sorted order (so two snapshots compare). */
export type StoreSnapshot = { [T in TableName]: Record<string, SyncTables[T]> };

/** The rows changed after a log position, and the position to ask from next time. */
export interface ChangesSince {
  readonly changes: RowChange[];
  readonly position: number;
}

/** A SyncStore held in memory, with helpers for tests. */
export interface MemoryStore extends SyncStore {
  /** A deep copy of every table, sorted by table and id. */
  snapshot(): StoreSnapshot;
  /** Every row of one table, sorted by id. */
  rows<T extends TableName>(table: T): SyncTables[T][];
  /** The current state of every key written after `position` (0 = from the start), in first-write order. */
  changesSince(position: number): ChangesSince;
  /** An independent copy with the same rows and an empty change log. */
  clone(): MemoryStore;
}

function copy<T>(value: T): T {
  // Rows are JSON data by construction (they pass the zod row schemas), so a JSON round trip is a deep copy.
  return JSON.parse(JSON.stringify(value)) as T;
}

function sortedRecord<V>(map: ReadonlyMap<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const id of [...map.keys()].sort()) out[id] = copy(map.get(id) as V);
  return out;
}

/** Creates an empty in-memory store, optionally seeded with a snapshot. */
export function createMemoryStore(seed?: Partial<StoreSnapshot>): MemoryStore {
  const tables = new Map<TableName, Map<string, Row>>(TABLE_NAMES.map((t) => [t, new Map<string, Row>()]));
  const log: { table: TableName; id: string }[] = [];
  const table = (name: TableName): Map<string, Row> => {
    const found = tables.get(name);
    if (found === undefined) throw new Error(`Unknown table "${name}"`);
    return found;
  };
  for (const name of TABLE_NAMES) {
    for (const [id, row] of Object.entries(seed?.[name] ?? {})) table(name).set(id, copy(row));
  }

  const store: MemoryStore = {
    async get<T extends TableName>(name: T, id: string) {
      const row = table(name).get(id);
      return row === undefined ? undefined : (copy(row) as SyncTables[T]);
    },
    async put(name, row) {
      table(name).set(row.id, copy(row));
      log.push({ table: name, id: row.id });
    },
    async delete(name, id) {
      table(name).delete(id);
      log.push({ table: name, id });
    },
    snapshot() {
      const out: Partial<Record<TableName, Record<string, Row>>> = {};
      for (const name of TABLE_NAMES) out[name] = sortedRecord(table(name));
      return out as StoreSnapshot;
    },
    rows<T extends TableName>(name: T) {
      return Object.values(sortedRecord(table(name))) as SyncTables[T][];
    },
    changesSince(position) {
      const seen = new Set<string>();
      const changes: RowChange[] = [];
      for (const entry of log.slice(Math.max(0, position))) {
        const key = `${entry.table}\u0000${entry.id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const row = table(entry.table).get(entry.id);
        changes.push({ table: entry.table, id: entry.id, ...(row === undefined ? {} : { row: copy(row) }) } as RowChange);
      }
      return { changes, position: log.length };
    },
    clone() {
      return createMemoryStore(store.snapshot());
    },
  };
  return store;
}
