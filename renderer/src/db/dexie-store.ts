/**
 * shared/sync's SyncStore port on Dexie: the view of ONE open Dexie transaction (the caller opens it; the store
 * never commits). Every write keeps the app's derived data in step, so a row that arrives from the server, a
 * local mutation and an undo all leave the desk as a save from the form would:
 *   - concerns carry their search `terms` (the index search as you type reads), stripped again on get;
 *   - the `tags` table counts the concerns carrying each tag (tag autocomplete reads it).
 * concern_history is the app's `history` table, so the notebook shows synced history with no copy.
 *
 * Speed, because a save waits for this (Enter to shown, p95 <= 50 ms):
 *   - rows read or written are remembered for the life of the store (one transaction, in which every write to
 *     these tables goes through it), so a mutator's read, apply.ts's before-image and the tag-count update
 *     cost one IndexedDB read, not three;
 *   - writes are issued without waiting for them: IndexedDB runs a transaction's requests in order, so a later
 *     read still sees them, and the save pays for its reads only. flush() waits for the writes and reports the
 *     first that failed; a failed write also aborts the transaction, so nothing is half written.
 *   - applyChanges writes a pulled page with bulkGet/bulkPut/bulkDelete, and getMany/putMany (an import batch)
 *     read and write a table's rows with one bulkGet and one bulkPut.
 */
import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Concern } from '@shared/domain/concern';
import type { HistoryEntry } from '@shared/domain/history';
import type { OfficeProfile } from '@shared/domain/office-profile';
import type { AgendaItem, MeetingDecision, ThemeCorrection } from '@shared/domain/meeting';
import type { Newsletter, NewsletterUnsubscribe } from '@shared/domain/newsletter';
import type { Project, ProjectLink, ProjectThanks } from '@shared/domain/project';
import type { ConcernAssignee, ConcernComment, ConcernFlag, ConcernResponse, OfficeStaff } from '@shared/domain/review';
import type {
  CitizenAcknowledgement,
  ConcernEscalation,
  EscalationFallback,
  ConcernTag,
  ConcernTombstone,
  Row,
  RowChange,
  SyncStore,
  SyncTables,
  TableName,
} from '@shared/sync/store';
import { TABLE_NAMES } from '@shared/sync/store';
import type { NotebookDb, StoredConcern, TagRow } from './database';
import { fromStored, toStored } from './stored-concern';

/** The Dexie tables behind the store. */
export interface SyncTableSet {
  readonly concerns: EntityTable<StoredConcern, 'id'>;
  readonly history: EntityTable<HistoryEntry, 'id'>;
  readonly concern_tags: EntityTable<ConcernTag, 'id'>;
  readonly concern_tombstones: EntityTable<ConcernTombstone, 'id'>;
  readonly concern_escalations: EntityTable<ConcernEscalation, 'id'>;
  readonly escalation_fallbacks: EntityTable<EscalationFallback, 'id'>;
  readonly citizen_acknowledgements: EntityTable<CitizenAcknowledgement, 'id'>;
  readonly office_profile: EntityTable<OfficeProfile, 'id'>;
  readonly concern_flags: EntityTable<ConcernFlag, 'id'>;
  readonly concern_comments: EntityTable<ConcernComment, 'id'>;
  readonly concern_responses: EntityTable<ConcernResponse, 'id'>;
  readonly concern_assignees: EntityTable<ConcernAssignee, 'id'>;
  readonly office_staff: EntityTable<OfficeStaff, 'id'>;
  readonly theme_corrections: EntityTable<ThemeCorrection, 'id'>;
  readonly meeting_agenda: EntityTable<AgendaItem, 'id'>;
  readonly meeting_decisions: EntityTable<MeetingDecision, 'id'>;
  readonly projects: EntityTable<Project, 'id'>;
  readonly project_links: EntityTable<ProjectLink, 'id'>;
  readonly project_thanks: EntityTable<ProjectThanks, 'id'>;
  readonly newsletters: EntityTable<Newsletter, 'id'>;
  readonly newsletter_unsubscribes: EntityTable<NewsletterUnsubscribe, 'id'>;
  readonly tags: EntityTable<TagRow, 'tag'>;
}

/** The Dexie table of a synced table: the same name, but concern_history lives in `history`. */
function dexieTableOf(table: TableName): keyof SyncTableSet {
  return table === 'concern_history' ? 'history' : table;
}

/** Every table of SyncTableSet: the synced ones in TABLE_NAMES order, then the desk's tag list. */
const SYNC_TABLE_KEYS: readonly (keyof SyncTableSet)[] = [...TABLE_NAMES.map(dexieTableOf), 'tags'];

/**
 * The synced tables of a database, or of a transaction's tablesOf(tx) (prefer it: see database.ts). Use inside
 * a transaction that includes them (syncScope).
 */
export function syncTablesOf(tables: SyncTableSet): SyncTableSet {
  return Object.fromEntries(SYNC_TABLE_KEYS.map((key) => [key, tables[key]])) as unknown as SyncTableSet;
}

/** The tables a transaction writing through the store must include. */
export function syncScope(db: NotebookDb) {
  return SYNC_TABLE_KEYS.map((key) => db[key]);
}

/** A SyncStore on Dexie, with the writes it has issued to wait for. */
export interface DexieStore extends SyncStore {
  /** Waits for every write issued so far; throws the first failure. Call before the transaction body ends. */
  flush(): Promise<void>;
  /** Adds a write of the caller's (the outbox entry, a draft deletion) to those flush() waits for. */
  later(write: PromiseLike<unknown>): void;
  /**
   * Reads a concern's rows (the concern, its tombstone, all its tag rows) in one go, so a mutator working on
   * it then reads from memory: one round trip instead of one per row.
   */
  prefetchConcern(id: string): Promise<void>;
  /**
   * Reads these rows of one table in one go (bulkGet), so a mutator reading them one by one (an import of 500
   * concerns) reads from memory: one round trip instead of one per row.
   */
  prefetchRows(table: TableName, ids: readonly string[]): Promise<void>;
  /**
   * Records that these rows are not there, as the caller found in this transaction (an import reads which of
   * its concern ids exist, keys only, for the whole file at once), so a mutator's reads of them cost nothing.
   */
  knownAbsent(table: TableName, ids: readonly string[]): void;
}

type PlainTable = Exclude<TableName, 'concerns'>;
/** The synced tables kept as they are (concerns are stored with their search terms), in TABLE_NAMES order. */
const PLAIN_TABLES: readonly PlainTable[] = TABLE_NAMES.filter((table): table is PlainTable => table !== 'concerns');

/** A concern's new state: no row means deleted. */
interface ConcernChange {
  readonly id: string;
  readonly row?: Concern;
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function addDeltas(deltas: Map<string, number>, tags: readonly string[] | undefined, sign: 1 | -1): void {
  for (const tag of tags ?? []) deltas.set(tag, (deltas.get(tag) ?? 0) + sign);
}

/** Adds each tag's change in concern count to the tags table; a tag no concern carries leaves it. */
async function countTags(tags: SyncTableSet['tags'], deltas: ReadonlyMap<string, number>): Promise<void> {
  const changed = [...deltas].filter(([, delta]) => delta !== 0);
  if (changed.length === 0) return;
  const rows = await tags.bulkGet(changed.map(([tag]) => tag));
  const puts: TagRow[] = [];
  const gone: string[] = [];
  changed.forEach(([tag, delta], i) => {
    const count = (rows[i]?.count ?? 0) + delta;
    if (count > 0) puts.push({ tag, count });
    else gone.push(tag);
  });
  if (puts.length > 0) await tags.bulkPut(puts);
  if (gone.length > 0) await tags.bulkDelete(gone);
}

const keyOf = (table: TableName, id: string) => `${table}\u0000${id}`;
const concernOfTagRow = (id: string) => id.slice(0, Math.max(0, id.indexOf(':')));

/** A SyncStore writing through the given Dexie tables, inside the caller's transaction. */
export function createDexieStore(t: SyncTableSet): DexieStore {
  const plain = (table: PlainTable) => t[dexieTableOf(table)] as unknown as Table<Row, string, Row>;
  /** Rows as this transaction has them (null: known to be absent). Never handed out: callers get copies. */
  const known = new Map<string, Row | null>();
  /** Concerns whose tag rows were all read: a tag row of theirs not in `known` does not exist. */
  const allTagsKnown = new Set<string>();
  /** Fills `known` with what a read found, unless a write of this transaction already said better. */
  const learn = (table: TableName, id: string, row: Row | undefined) => {
    if (!known.has(keyOf(table, id))) known.set(keyOf(table, id), row ?? null);
  };
  // Dexie's own promises throughout: a native Promise.all or then() between two requests would let Dexie see
  // the transaction as finished before the body is (PrematureCommitError).
  const pending: PromiseLike<unknown>[] = [];
  let failure: unknown;
  // Tag counts are read-modify-write: updates run one after another so none reads a count another is changing.
  let counting: PromiseLike<void> = Dexie.Promise.resolve();

  const later = (write: PromiseLike<unknown>) => {
    pending.push(
      Dexie.Promise.resolve(write).catch((error: unknown) => {
        failure ??= error;
      }),
    );
  };

  /** Current rows of these concerns, from memory where known, the rest in one read. */
  const concernsNow = async (ids: readonly string[]): Promise<(Concern | undefined)[]> => {
    const missing = ids.filter((id) => !known.has(keyOf('concerns', id)));
    if (missing.length > 0) {
      const rows = await t.concerns.bulkGet(missing);
      missing.forEach((id, i) => {
        const row = rows[i];
        known.set(keyOf('concerns', id), row === undefined ? null : fromStored(row));
      });
    }
    return ids.map((id) => (known.get(keyOf('concerns', id)) ?? undefined) as Concern | undefined);
  };

  /** Writes the final state of each concern (one change per id), keeping terms and tag counts in step. */
  const writeConcerns = async (changes: readonly ConcernChange[]): Promise<void> => {
    if (changes.length === 0) return;
    const before = await concernsNow(changes.map((c) => c.id));
    const deltas = new Map<string, number>();
    const puts: StoredConcern[] = [];
    const deletes: string[] = [];
    changes.forEach((change, i) => {
      addDeltas(deltas, before[i]?.tags, -1);
      known.set(keyOf('concerns', change.id), change.row === undefined ? null : structuredClone(change.row));
      if (change.row === undefined) deletes.push(change.id);
      else {
        puts.push(toStored(change.row));
        addDeltas(deltas, change.row.tags, 1);
      }
    });
    if (puts.length > 0) later(t.concerns.bulkPut(puts));
    if (deletes.length > 0) later(t.concerns.bulkDelete(deletes));
    counting = counting.then(() => countTags(t.tags, deltas));
    later(counting);
  };

  const writePlain = (table: PlainTable, puts: readonly Row[], deletes: readonly string[]) => {
    for (const row of puts) known.set(keyOf(table, row.id), structuredClone(row));
    for (const id of deletes) known.set(keyOf(table, id), null);
    if (puts.length === 1) later(plain(table).put(puts[0] as Row));
    else if (puts.length > 1) later(plain(table).bulkPut([...puts]));
    if (deletes.length > 0) later(plain(table).bulkDelete([...deletes]));
  };

  const prefetchRows = async (table: TableName, ids: readonly string[]): Promise<void> => {
    const missing = ids.filter((id) => !known.has(keyOf(table, id)));
    if (missing.length === 0) return;
    if (table === 'concerns') {
      await concernsNow(missing);
      return;
    }
    const rows = await plain(table).bulkGet(missing);
    missing.forEach((id, i) => learn(table, id, rows[i]));
  };

  return {
    async get<T extends TableName>(table: T, id: string): Promise<SyncTables[T] | undefined> {
      const key = keyOf(table, id);
      if (!known.has(key) && table === 'concern_tags' && allTagsKnown.has(concernOfTagRow(id))) known.set(key, null);
      if (!known.has(key)) {
        if (table === 'concerns') await concernsNow([id]);
        else learn(table, id, await plain(table as PlainTable).get(id));
      }
      const row = known.get(key);
      return row === null || row === undefined ? undefined : (structuredClone(row) as SyncTables[T]);
    },
    async put(table, row) {
      if (table === 'concerns') await writeConcerns([{ id: row.id, row: row as Concern }]);
      else writePlain(table, [row], []);
    },
    async delete(table, id) {
      if (table === 'concerns') await writeConcerns([{ id }]);
      else writePlain(table, [], [id]);
    },
    async applyChanges(changes) {
      // A later change of a key wins, as if the changes were applied one by one.
      const last = new Map<string, RowChange>();
      for (const change of changes) last.set(keyOf(change.table, change.id), change);
      const concerns: ConcernChange[] = [];
      const puts = new Map<PlainTable, Row[]>();
      const deletes = new Map<PlainTable, string[]>();
      for (const change of last.values()) {
        if (change.table === 'concerns') concerns.push(change);
        else if (change.row === undefined) append(deletes, change.table, change.id);
        else append(puts, change.table, change.row);
      }
      await writeConcerns(concerns);
      for (const table of PLAIN_TABLES) writePlain(table, puts.get(table) ?? [], deletes.get(table) ?? []);
    },
    async getMany<T extends TableName>(table: T, ids: readonly string[]): Promise<(SyncTables[T] | undefined)[]> {
      await prefetchRows(table, ids);
      // Every id is known now (prefetchRows read the missing ones), so this answers from memory.
      return ids.map((id) => {
        const row = known.get(keyOf(table, id));
        return row === null || row === undefined ? undefined : (structuredClone(row) as SyncTables[T]);
      });
    },
    async putMany(table, rows) {
      if (table === 'concerns') await writeConcerns(rows.map((row) => ({ id: row.id, row: row as Concern })));
      else writePlain(table, rows, []);
    },
    later,
    async prefetchConcern(id) {
      if (allTagsKnown.has(id)) return;
      const [concern, tombstone, tagRows] = await Dexie.Promise.all([
        t.concerns.get(id),
        t.concern_tombstones.get(id),
        t.concern_tags.where(':id').between(`${id}:`, `${id}:\uffff`).toArray(),
      ]);
      learn('concerns', id, concern === undefined ? undefined : fromStored(concern));
      learn('concern_tombstones', id, tombstone);
      for (const row of tagRows) learn('concern_tags', row.id, row);
      allTagsKnown.add(id);
    },
    prefetchRows,
    knownAbsent(table, ids) {
      for (const id of ids) learn(table, id, undefined);
    },
    async flush() {
      while (pending.length > 0) await Dexie.Promise.all(pending.splice(0));
      if (failure !== undefined) throw failure;
    },
  };
}
